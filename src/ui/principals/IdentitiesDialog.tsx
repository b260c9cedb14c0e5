import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentityView } from '../../engine';
import type { IamFailure } from '../../store';
import { useApp } from '../app/useApp';
import { WithTexts } from '../app/WithTexts';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from '../panel/styles';
import { PolicyEditor } from '../policy/PolicyEditor';
import { usePolicyCheck } from '../policy/usePolicyCheck';
import { identityOption, identityWords } from './identityText';

const NONE: readonly IdentityView[] = [];

/** Closes a <dialog> (the browser hands focus back), also where `close` is missing (jsdom). */
function closeDialog(dialog: HTMLDialogElement) {
  if (typeof dialog.close === 'function') dialog.close();
  else dialog.removeAttribute('open');
}

/**
 * The lab's identities and their IAM policies, read-only, as a modal <dialog> (the browser
 * keeps focus inside; Escape closes). Opened from a principal node's "Policies" button or
 * from the "acting as" switch; which identity it shows is the store's `shownIdentity`.
 */
export function IdentitiesDialog() {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const shown = useApp((s) => s.shownIdentity);
  const showIdentity = useApp((s) => s.showIdentity);
  const actingAs = useApp((s) => s.actingAs);
  const actAs = useApp((s) => s.actAs);
  const identities = useApp((s) => s.view.identities) ?? NONE;
  const accountId = useApp((s) => s.view.accountId);
  const who = identities.find((i) => i.id === shown);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (who && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!who && dialog.open) {
      closeDialog(dialog);
    }
  }, [who]);

  const close = () => {
    if (ref.current) closeDialog(ref.current);
    showIdentity(undefined);
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      className="m-auto max-h-[calc(100vh-2rem)] w-[min(40rem,calc(100vw-2rem))] overflow-y-auto rounded-xl border border-slate-300 bg-white p-5 text-left text-slate-900 shadow-2xl backdrop:bg-slate-900/40"
    >
      {who && (
        <div className="space-y-4">
          <div className="flex items-start justify-between gap-2">
            <h2 id={`${id}-title`} className="text-lg font-semibold">
              {t('principals.policies.title')}
            </h2>
            <button type="button" onClick={close} className={SECONDARY_BUTTON}>
              {t('principals.policies.close')}
            </button>
          </div>
          <div>
            <label htmlFor={`${id}-who`} className="block text-sm font-medium text-slate-800">
              {t('principals.policies.choose')}
            </label>
            <select
              id={`${id}-who`}
              value={who.id}
              onChange={(event) =>
                showIdentity(identities.find((i) => i.id === event.target.value)?.id)
              }
              className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-sm text-slate-900"
            >
              {identities.map((i) => (
                <option key={i.id} value={i.id}>
                  {identityOption(t, i, accountId)}
                </option>
              ))}
            </select>
          </div>
          <IdentityDetails who={who} ownAccountId={accountId} />
          <div className="flex items-center gap-3">
            {who.id === actingAs ? (
              <p className="text-sm text-slate-700">{t('principals.policies.actingNow')}</p>
            ) : (
              <button type="button" onClick={() => actAs(who.id)} className={PRIMARY_BUTTON}>
                {t('principals.policies.actAs')}
              </button>
            )}
          </div>
        </div>
      )}
    </dialog>
  );
}

function IdentityDetails({ who, ownAccountId }: { who: IdentityView; ownAccountId: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-name`} className="space-y-3">
      <h3 id={`${id}-name`} className="text-base font-semibold">
        {t('principals.policies.heading', { label: identityWords(t, who.id), name: who.name })}
      </h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-700">{t('principals.policies.callsAs')}</dt>
        <dd className="font-mono text-xs break-all">{who.arn}</dd>
        <dt className="text-slate-700">{t('principals.policies.iamEntity')}</dt>
        <dd className="font-mono text-xs break-all">{who.iamArn}</dd>
        <dt className="text-slate-700">{t('principals.policies.account')}</dt>
        <dd className="font-mono text-xs">{who.accountId}</dd>
      </dl>
      {who.accountId !== ownAccountId && (
        <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-950">
          {t('principals.policies.otherAccount', { accountId: who.accountId })}
        </p>
      )}
      <h4 className="text-sm font-semibold">{t('principals.policies.iamPolicies')}</h4>
      {who.kind === 'root' ? (
        <p className="text-sm text-slate-700">{t('principals.policies.root')}</p>
      ) : who.policies.length === 0 ? (
        <p className="text-sm text-slate-700">{t('principals.policies.none')}</p>
      ) : (
        <>
          <p className="text-xs text-slate-600">{t('principals.policies.readOnly')}</p>
          <ul className="space-y-3">
            {who.policies.map((policy) => (
              <li key={policy.name}>
                <PolicyDocument identity={who.id} name={policy.name} document={policy.document} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * One inline policy: its JSON, read-only until "Edit", which opens the policy editor checked
 * as an identity policy (Save waits until it has no problems). Saving is IAM's PutRolePolicy:
 * IAM's refusal is shown here and changes nothing; the draft stays for the learner to fix.
 */
function PolicyDocument({
  identity,
  name,
  document,
}: {
  identity: IdentityView['id'];
  name: string;
  document: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const putIdentityPolicy = useApp((s) => s.putIdentityPolicy);
  const [draft, setDraft] = useState<string | undefined>();
  const [failure, setFailure] = useState<IamFailure | undefined>();
  const [busy, setBusy] = useState(false);
  const editing = draft !== undefined;
  const problems = usePolicyCheck(draft ?? '', 'identity-policy');
  const blocked = editing && problems.length > 0;

  const save = async () => {
    if (draft === undefined) return;
    setBusy(true);
    const refused = await putIdentityPolicy(identity, name, draft);
    setBusy(false);
    setFailure(refused);
    if (!refused) setDraft(undefined);
  };
  const cancel = () => {
    setDraft(undefined);
    setFailure(undefined);
  };

  return (
    <div className="space-y-1">
      <div className="flex items-center justify-between gap-2">
        {editing ? (
          <span className="font-mono text-sm font-semibold">{name}</span>
        ) : (
          <label htmlFor={`${id}-doc`} className="font-mono text-sm font-semibold">
            {name}
          </label>
        )}
        {!editing && (
          <button
            type="button"
            onClick={() => setDraft(document)}
            aria-label={t('principals.policies.editNamed', { name })}
            className={SECONDARY_BUTTON}
          >
            {t('principals.policies.edit')}
          </button>
        )}
      </div>
      {editing ? (
        // The editor's texts are the inspector's: loaded here when the inspector has not been.
        <WithTexts feature="inspector" fallback={null}>
          <PolicyEditor
            value={draft}
            onChange={setDraft}
            diagnostics={problems}
            label={t('principals.policies.editing', { name })}
            problemsId={`${id}-problems`}
          />
        </WithTexts>
      ) : (
        <textarea
          id={`${id}-doc`}
          readOnly
          value={document}
          spellCheck={false}
          rows={Math.min(16, document.split('\n').length + 1)}
          className="block w-full resize-y rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-xs text-slate-900"
        />
      )}
      {failure && (
        <div
          id={`${id}-error`}
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-900"
        >
          <p className="font-semibold">
            {t('principals.policies.refused', { name: failure.name })}
          </p>
          <p className="mt-1 font-mono text-xs break-words text-red-800">{failure.message}</p>
        </div>
      )}
      {editing && (
        <div className="flex gap-2">
          <button
            type="button"
            aria-disabled={blocked || busy ? true : undefined}
            aria-describedby={blocked ? `${id}-blocked ${id}-problems` : undefined}
            onClick={blocked || busy ? undefined : () => void save()}
            className={`${PRIMARY_BUTTON} aria-disabled:cursor-not-allowed aria-disabled:bg-slate-200 aria-disabled:text-slate-600`}
          >
            {t('principals.policies.save')}
          </button>
          <button type="button" disabled={busy} onClick={cancel} className={SECONDARY_BUTTON}>
            {t('principals.policies.cancel')}
          </button>
          {blocked && (
            <p id={`${id}-blocked`} className="self-center text-xs text-slate-700">
              {t('principals.policies.fixFirst')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

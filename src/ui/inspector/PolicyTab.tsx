import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyView } from '../../engine';
import { CopyText } from '../side/CopyText';
import { ErrorBox } from '../format/ErrorBox';
import { PolicyEditor } from '../policy/PolicyEditor';
import { usePolicyCheck } from '../policy/usePolicyCheck';
import { LABEL, PRIMARY_BUTTON, SECONDARY_BUTTON } from '../side/styles';
import { ActionButton } from './ActionButton';
import { unavailable } from './availability';
import type { KeyDetails } from './useKeyDetails';
import { useAction } from './useAction';

const pretty = (text: string | undefined): string => {
  if (!text) return '';
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
};

/**
 * The key policy (GetKeyPolicy), read-only; "Edit" opens the policy editor, checked as KMS
 * checks a key policy as the learner types; Save (PutKeyPolicy) waits until it has no
 * problems, and what KMS itself refuses (the lockout safety check) shows in the ErrorBox.
 */
export function PolicyTab({ keyView, details }: { keyView: KeyView; details: KeyDetails }) {
  const { t } = useTranslation();
  const id = useId();
  const policy = pretty(details.policy);
  const [draft, setDraft] = useState<string>();
  const { run, error, busy } = useAction(keyView.region);
  const problems = usePolicyCheck(draft ?? '', 'key-policy');
  const blocked = draft !== undefined && problems.length > 0;

  if (draft === undefined) {
    return (
      <div className="space-y-3">
        <pre
          aria-label={t('inspector.policy.document')}
          tabIndex={0}
          className="max-h-96 overflow-auto rounded-md border border-slate-300 bg-white p-3 font-mono text-xs"
        >
          {policy}
        </pre>
        <div className="flex flex-wrap gap-3">
          <ActionButton
            unavailable={unavailable('PutKeyPolicy', keyView)}
            onClick={() => setDraft(policy)}
          >
            {t('inspector.policy.edit')}
          </ActionButton>
          <CopyText text={policy} label={t('inspector.policy.copy')} />
        </div>
      </div>
    );
  }

  const save = async () => {
    const record = await run('PutKeyPolicy', { KeyId: keyView.keyId, Policy: draft });
    if (record && !record.error) setDraft(undefined);
  };
  return (
    <div className="space-y-3">
      <p id={`${id}-policy`} className={LABEL}>
        {t('inspector.policy.editing')}
      </p>
      <PolicyEditor
        value={draft}
        onChange={setDraft}
        diagnostics={problems}
        labelledBy={`${id}-policy`}
        problemsId={`${id}-problems`}
      />
      <p id={`${id}-state`} className="text-xs text-slate-700">
        {blocked ? t('inspector.policy.fixFirst') : t('inspector.policy.valid')}
      </p>
      <div className="flex gap-3">
        <button
          type="button"
          aria-disabled={blocked || busy ? true : undefined}
          aria-describedby={blocked ? `${id}-state ${id}-problems` : `${id}-state`}
          onClick={blocked || busy ? undefined : () => void save()}
          className={`${PRIMARY_BUTTON} aria-disabled:cursor-not-allowed aria-disabled:bg-slate-200 aria-disabled:text-slate-600`}
        >
          {t('inspector.policy.save')}
        </button>
        <button type="button" onClick={() => setDraft(undefined)} className={SECONDARY_BUTTON}>
          {t('inspector.policy.cancel')}
        </button>
      </div>
      {error && <ErrorBox error={error} />}
    </div>
  );
}

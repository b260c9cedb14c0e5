import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentityView } from '../../engine';
import { useApp } from '../app/useApp';
import { SECONDARY_BUTTON } from '../panel/styles';
import { identityOption } from './identityText';

const NONE: readonly IdentityView[] = [];

/**
 * "Acting as": which of the lab's identities the learner's KMS calls are made as, and a
 * button that shows that identity's IAM policies.
 */
export function ActingAsSwitch() {
  const { t } = useTranslation();
  const id = useId();
  const actingAs = useApp((s) => s.actingAs);
  const actAs = useApp((s) => s.actAs);
  const showIdentity = useApp((s) => s.showIdentity);
  const identities = useApp((s) => s.view.identities) ?? NONE;
  const accountId = useApp((s) => s.view.accountId);
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {t('principals.actingAs.label')}
      </label>
      <select
        id={id}
        value={actingAs}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const chosen = identities.find((who) => who.id === event.target.value);
          if (chosen) actAs(chosen.id);
        }}
        className="max-w-full min-w-0 rounded-md sm:max-w-[16rem] border border-slate-500 bg-white px-2 py-1.5 text-sm text-slate-900"
      >
        {identities.map((who) => (
          <option key={who.id} value={who.id}>
            {identityOption(t, who, accountId)}
          </option>
        ))}
      </select>
      <span id={`${id}-hint`} className="sr-only">
        {t('principals.actingAs.hint')}
      </span>
      <button type="button" onClick={() => showIdentity(actingAs)} className={SECONDARY_BUTTON}>
        {t('principals.policies.title')}
      </button>
    </div>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../operations/problemText';
import type { KeyView } from '../../engine';
import { ErrorBox } from '../format/ErrorBox';
import { DANGER_BUTTON, FIELD, LABEL } from '../side/styles';
import { ActionButton } from './ActionButton';
import { unavailable } from './availability';
import { useAction } from './useAction';
import { checkInteger } from '../operations/validate';

/** The key's life cycle: enable, disable, schedule its deletion, cancel it. */
export function KeyActions({ keyView }: { keyView: KeyView }) {
  const { t } = useTranslation();
  const id = useId();
  const { run, error, busy } = useAction(keyView.region);
  const [days, setDays] = useState('30');
  const daysProblem = checkInteger(days, 7, 30, true);
  const KeyId = keyView.keyId;

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <h4 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
        {t('inspector.actions.title')}
      </h4>
      <div className="flex flex-wrap items-start gap-3">
        <ActionButton
          unavailable={unavailable('EnableKey', keyView)}
          busy={busy}
          onClick={() => void run('EnableKey', { KeyId })}
        >
          {t('inspector.actions.enable')}
        </ActionButton>
        <ActionButton
          unavailable={unavailable('DisableKey', keyView)}
          busy={busy}
          onClick={() => void run('DisableKey', { KeyId })}
        >
          {t('inspector.actions.disable')}
        </ActionButton>
        <ActionButton
          unavailable={unavailable('CancelKeyDeletion', keyView)}
          busy={busy}
          onClick={() => void run('CancelKeyDeletion', { KeyId })}
        >
          {t('inspector.actions.cancelDeletion')}
        </ActionButton>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${id}-days`} className={LABEL}>
            {t('inspector.actions.waitingPeriod')}
          </label>
          <input
            id={`${id}-days`}
            inputMode="numeric"
            value={days}
            onChange={(e) => setDays(e.target.value)}
            aria-invalid={daysProblem ? true : undefined}
            aria-describedby={`${id}-days-note`}
            className={`${FIELD} w-24`}
          />
        </div>
        <ActionButton
          unavailable={unavailable('ScheduleKeyDeletion', keyView)}
          busy={busy}
          invalid={!!daysProblem}
          className={DANGER_BUTTON}
          onClick={() =>
            void run('ScheduleKeyDeletion', { KeyId, PendingWindowInDays: Number(days) })
          }
        >
          {t('inspector.actions.scheduleDeletion')}
        </ActionButton>
      </div>
      <p id={`${id}-days-note`} className="text-xs text-slate-700">
        {daysProblem
          ? problemText(t, daysProblem)
          : keyView.deletionDate
            ? t('inspector.actions.deletionNote')
            : t('inspector.actions.waitingHint')}
      </p>
      {error && <ErrorBox error={error} />}
    </section>
  );
}

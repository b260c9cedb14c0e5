import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../operations/problemText';
import type { KeyView } from '../../engine';
import { checkInteger } from '../operations/validate';
import { formatDate } from '../format/dates';
import { ErrorBox } from '../format/ErrorBox';
import { FIELD, LABEL } from '../side/styles';
import { ActionButton } from './ActionButton';
import { unavailable } from './availability';
import { Field } from './Field';
import type { KeyDetails } from './useKeyDetails';
import { useAction } from './useAction';

/** Key rotation: status, period, next date, past rotations; turn it on or off, rotate now. */
export function RotationTab({ keyView, details }: { keyView: KeyView; details: KeyDetails }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const status = details.rotationStatus;
  const [period, setPeriod] = useState(String(status?.RotationPeriodInDays ?? 365));
  const periodProblem = checkInteger(period, 90, 2560, true);
  const { run, error, busy } = useAction(keyView.region);
  const KeyId = keyView.keyId;
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-3">
        <Field term={t('inspector.rotation.status')}>
          {status?.KeyRotationEnabled ? t('inspector.rotation.on') : t('inspector.rotation.off')}
        </Field>
        <Field term={t('inspector.rotation.period')}>
          {status?.RotationPeriodInDays
            ? t('inspector.rotation.days', { count: status.RotationPeriodInDays })
            : '—'}
        </Field>
        <Field term={t('inspector.rotation.next')}>
          {formatDate(i18n.language, status?.NextRotationDate)}
        </Field>
        <Field term={t('inspector.rotation.versions')}>{keyView.materialVersions}</Field>
      </dl>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${id}-period`} className={LABEL}>
            {t('inspector.rotation.periodInput')}
          </label>
          <input
            id={`${id}-period`}
            inputMode="numeric"
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
            aria-invalid={periodProblem ? true : undefined}
            aria-describedby={`${id}-period-note`}
            className={`${FIELD} w-28`}
          />
        </div>
        <ActionButton
          unavailable={unavailable('EnableKeyRotation', keyView)}
          busy={busy}
          invalid={!!periodProblem}
          onClick={() =>
            void run('EnableKeyRotation', { KeyId, RotationPeriodInDays: Number(period) })
          }
        >
          {status?.KeyRotationEnabled
            ? t('inspector.rotation.changePeriod')
            : t('inspector.rotation.enable')}
        </ActionButton>
      </div>
      <p id={`${id}-period-note`} className="text-xs text-slate-700">
        {periodProblem ? problemText(t, periodProblem) : t('inspector.rotation.periodHint')}
      </p>
      <div className="flex flex-wrap items-start gap-3">
        <ActionButton
          unavailable={unavailable('DisableKeyRotation', keyView)}
          busy={busy}
          onClick={() => void run('DisableKeyRotation', { KeyId })}
        >
          {t('inspector.rotation.disable')}
        </ActionButton>
        <ActionButton
          unavailable={unavailable('RotateKeyOnDemand', keyView)}
          busy={busy}
          onClick={() => void run('RotateKeyOnDemand', { KeyId })}
        >
          {t('inspector.rotation.rotateNow')}
        </ActionButton>
      </div>
      {error && <ErrorBox error={error} />}
      <table className="w-full text-left text-xs">
        <caption className="mb-1 text-left text-sm font-semibold text-slate-900">
          {t('inspector.rotation.history')}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-slate-700">
            <th scope="col" className="py-1 pr-2">
              {t('inspector.rotation.material')}
            </th>
            <th scope="col" className="py-1 pr-2">
              {t('inspector.rotation.when')}
            </th>
            <th scope="col" className="py-1">
              {t('inspector.rotation.type')}
            </th>
          </tr>
        </thead>
        <tbody>
          {(details.rotations ?? []).map((r) => (
            <tr key={r.KeyMaterialId} className="border-b border-slate-200 align-top">
              <td className="py-1 pr-2 font-mono break-all">
                {r.KeyMaterialId?.slice(0, 12)}…
                {r.KeyMaterialState === 'CURRENT' && (
                  <span className="ml-1 font-sans font-semibold text-emerald-800">
                    {t('inspector.rotation.current')}
                  </span>
                )}
              </td>
              <td className="py-1 pr-2">
                {r.RotationDate
                  ? formatDate(i18n.language, r.RotationDate)
                  : t('inspector.rotation.original')}
              </td>
              <td className="py-1">{r.RotationType ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

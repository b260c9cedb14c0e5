import { useTranslation } from 'react-i18next';
import type { CloudHsmFailure } from '../../store';

/** CloudHSM's refusal of one of its actions, explained in the learner's language. */
export function CloudHsmFailureBox({
  action,
  failure,
}: {
  action: string;
  failure: CloudHsmFailure | undefined;
}) {
  const { t } = useTranslation();
  if (!failure) return null;
  return (
    <div
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
    >
      <p className="font-semibold">
        {t('cloudHsm.failures.heading', { action, name: failure.name })}
      </p>
      <p className="mt-1">{t(`cloudHsm.failures.${failure.reason}`)}</p>
      <p className="mt-2 font-mono text-xs break-words text-red-800">
        {t('cloudHsm.failures.message', { message: failure.message })}
      </p>
    </div>
  );
}

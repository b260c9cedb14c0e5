import { useTranslation } from 'react-i18next';
import type { PlaygroundOperation } from '../../store';
import { useApp } from '../app/useApp';
import { errorKey } from '../format/errorKey';

/** The last failure of one operation: AWS's exception name, what it means, AWS's message. */
export function FailureMessage({ operation }: { operation: PlaygroundOperation }) {
  const { t } = useTranslation();
  const failure = useApp((s) => (s.failure?.operation === operation ? s.failure : undefined));
  if (!failure) return null;
  return (
    <div
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
    >
      <p className="font-semibold">
        {t('errors.heading', { operation: failure.operation, name: failure.name })}
      </p>
      <p className="mt-1">{t(`errors.explain.${errorKey(failure.name)}`)}</p>
      {failure.message && (
        <p className="mt-2 font-mono text-xs break-words text-red-800">
          {t('errors.awsMessage', { message: failure.message })}
        </p>
      )}
    </div>
  );
}

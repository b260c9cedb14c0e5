import { useTranslation } from 'react-i18next';
import { errorKey } from '../format/errorKey';

export interface ShownError {
  operation: string;
  name: string;
  message?: string;
}

/** A failed call: AWS's exception name, what it means in plain words, and AWS's message. */
export function ErrorBox({ error }: { error: ShownError }) {
  const { t } = useTranslation();
  return (
    <div
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
    >
      <p className="font-semibold">
        {t('errors.heading', { operation: error.operation, name: error.name })}
      </p>
      <p className="mt-1">{t(`errors.explain.${errorKey(error.name)}`)}</p>
      {error.message && (
        <p className="mt-2 font-mono text-xs break-words text-red-800">
          {t('errors.awsMessage', { message: error.message })}
        </p>
      )}
    </div>
  );
}

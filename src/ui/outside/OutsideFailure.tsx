import { useTranslation } from 'react-i18next';
import type { OutsideStep } from '../../store';
import { useApp } from '../app/useApp';
import { ErrorBox } from '../format/ErrorBox';

/** The last failure of one step: KMS's refusal as every failed call shows it, or the browser's. */
export function OutsideFailure({ step }: { step: OutsideStep }) {
  const { t } = useTranslation();
  const failure = useApp((s) => (s.outsideFailure?.step === step ? s.outsideFailure : undefined));
  if (!failure) return null;
  if (failure.kind === 'kms') return <ErrorBox error={{ operation: step, ...failure }} />;
  return (
    <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      {failure.reason === 'tooLong'
        ? t('outside.errors.tooLong', { max: failure.max })
        : t(`outside.errors.${failure.reason}`)}
    </p>
  );
}

import { useTranslation } from 'react-i18next';
import type { ImportStep } from '../../store';
import { useApp } from '../app/useApp';
import { ErrorBox } from '../format/ErrorBox';

/** The last failure of one step: KMS's refusal as every failed call shows it, or what was missing. */
export function ImportFailure({ step }: { step: ImportStep }) {
  const { t } = useTranslation();
  const failure = useApp((s) => (s.importFailure?.step === step ? s.importFailure : undefined));
  if (!failure) return null;
  if (failure.kind === 'kms') return <ErrorBox error={{ operation: step, ...failure }} />;
  return (
    <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      {t(`byok.errors.${failure.reason}`)}
    </p>
  );
}

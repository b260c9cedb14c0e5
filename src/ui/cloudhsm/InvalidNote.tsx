import { useTranslation } from 'react-i18next';
import type { Invalid } from './validate';

/** Bad input, refused before any call: what to fix, announced where the form is. */
export function InvalidNote({ invalid }: { invalid: Invalid | undefined }) {
  const { t } = useTranslation();
  if (!invalid) return null;
  return (
    <p role="alert" className="text-sm font-medium text-red-800">
      {t(`cloudHsm.invalid.${invalid}`)}
    </p>
  );
}

import { useTranslation } from 'react-i18next';
import { Field } from './Field';
import type { KeyDetails } from './useKeyDetails';

/** Cryptographic configuration, from DescribeKey. */
export function CryptoTab({ details }: { details: KeyDetails }) {
  const { t } = useTranslation();
  const meta = details.metadata;
  if (!meta) return null;
  return (
    <dl className="grid gap-3">
      <Field term={t('inspector.crypto.keySpec')}>{meta.KeySpec}</Field>
      <Field term={t('inspector.crypto.keyUsage')}>{meta.KeyUsage}</Field>
      <Field term={t('inspector.crypto.origin')}>{meta.Origin}</Field>
      <Field term={t('inspector.crypto.algorithms')}>
        {meta.EncryptionAlgorithms?.join(', ') || '—'}
      </Field>
      <Field term={t('inspector.crypto.keyManager')}>
        {meta.KeyManager === 'AWS'
          ? t('inspector.crypto.managerAws')
          : t('inspector.crypto.managerCustomer')}{' '}
        ({meta.KeyManager})
      </Field>
      <Field term={t('inspector.crypto.multiRegion')}>
        {meta.MultiRegion ? t('inspector.yes') : t('inspector.no')}
      </Field>
    </dl>
  );
}

import { useTranslation } from 'react-i18next';
import type { KeyView } from '../../engine';
import { Field } from './Field';
import { hasPublicKey } from './publicKey';
import { PublicKeySection } from './PublicKeySection';
import type { KeyDetails } from './useKeyDetails';

/** The algorithm lists DescribeKey may return; a key has only those its spec and usage allow. */
const ALGORITHM_LISTS = [
  'EncryptionAlgorithms',
  'SigningAlgorithms',
  'MacAlgorithms',
  'KeyAgreementAlgorithms',
] as const;

/** The course's kinds of key: symmetric, HMAC (symmetric too, for MACs), or a key pair. */
const kindOf = (spec: string | undefined): 'symmetric' | 'hmac' | 'pair' =>
  !spec || spec === 'SYMMETRIC_DEFAULT' ? 'symmetric' : spec.startsWith('HMAC_') ? 'hmac' : 'pair';

/** Cryptographic configuration, from DescribeKey; and an asymmetric key's public key. */
export function CryptoTab({ keyView, details }: { keyView: KeyView; details: KeyDetails }) {
  const { t } = useTranslation();
  const meta = details.metadata;
  if (!meta) return null;
  return (
    <div className="space-y-4">
      <dl className="grid gap-3">
        <Field term={t('inspector.crypto.kind')}>
          {t(`inspector.crypto.kinds.${kindOf(meta.KeySpec)}`)}
        </Field>
        <Field term={t('inspector.crypto.keySpec')}>{meta.KeySpec}</Field>
        <Field term={t('inspector.crypto.keyUsage')}>{meta.KeyUsage}</Field>
        <Field term={t('inspector.crypto.origin')}>{meta.Origin}</Field>
        {ALGORITHM_LISTS.map((list) => {
          const algorithms = meta[list];
          return algorithms?.length ? (
            <Field key={list} term={t(`inspector.crypto.algorithms.${list}`)}>
              {algorithms.join(', ')}
            </Field>
          ) : null;
        })}
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
      {hasPublicKey(meta.KeySpec) && <PublicKeySection key={keyView.arn} keyView={keyView} />}
    </div>
  );
}

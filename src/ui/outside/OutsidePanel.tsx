import { useTranslation } from 'react-i18next';
import { DecryptOwnerStep } from './DecryptOwnerStep';
import { EncryptOutsideStep } from './EncryptOutsideStep';
import { PairStep } from './PairStep';
import { PublicKeyStep } from './PublicKeyStep';
import { SignOwnerStep } from './SignOwnerStep';
import { useHeldKey } from './useHeldKey';
import { VerifyOutsideStep } from './VerifyOutsideStep';

/**
 * "Outside AWS": the course's asymmetric key, from both sides. The owner creates a key pair
 * and hands out its public key; someone outside AWS encrypts for the owner (who decrypts
 * through KMS) or checks the owner's KMS signature — with the public key alone.
 */
export default function OutsidePanel() {
  const { t } = useTranslation();
  const held = useHeldKey();
  return (
    <section aria-labelledby="outside-title" className="space-y-5 p-5">
      <div className="space-y-1">
        <h2 id="outside-title" className="text-xl font-semibold tracking-tight">
          {t('outside.title')}
        </h2>
        <p className="text-sm text-slate-700">{t('outside.intro')}</p>
        <p className="text-sm text-slate-700">{t('outside.contrast')}</p>
      </div>
      <PairStep />
      <PublicKeyStep />
      {held?.keyUsage === 'ENCRYPT_DECRYPT' && (
        <>
          <EncryptOutsideStep held={held} />
          <DecryptOwnerStep held={held} />
        </>
      )}
      {held?.keyUsage === 'SIGN_VERIFY' && (
        <>
          <SignOwnerStep held={held} />
          <VerifyOutsideStep />
        </>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { CreateKeyForm } from './CreateKeyForm';
import { DecryptForm } from './DecryptForm';
import { EncryptForm } from './EncryptForm';
import { RegionPicker } from './RegionPicker';

/** "Try encryption": choose a Region, create a key, encrypt, decrypt. */
export function TryEncryptionPanel() {
  const { t } = useTranslation();
  return (
    <section
      aria-labelledby="try-encryption-title"
      className="border-t border-slate-200 bg-white lg:overflow-y-auto lg:border-t-0 lg:border-l"
    >
      <div className="space-y-5 p-5">
        <div className="space-y-1">
          <h2 id="try-encryption-title" className="text-xl font-semibold tracking-tight">
            {t('panel.title')}
          </h2>
          <p className="text-sm text-slate-700">{t('panel.intro')}</p>
        </div>
        <RegionPicker />
        <CreateKeyForm />
        <EncryptForm />
        <DecryptForm />
      </div>
    </section>
  );
}

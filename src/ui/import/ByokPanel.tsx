import { useTranslation } from 'react-i18next';
import { ExternalKeyStep } from './ExternalKeyStep';
import { ImportStep } from './ImportStep';
import { MaterialStep } from './MaterialStep';
import { ParametersStep } from './ParametersStep';
import { UseKeyStep } from './UseKeyStep';
import { WrapStep } from './WrapStep';

/**
 * "Import material": bring your own key, from the owner's workstation outside AWS, in the
 * course's five steps — then the key at work, its material deleted and imported again.
 * Its own section, not part of "Outside AWS": that one is about key pairs and someone who
 * holds only a public key; here the owner makes symmetric material and hands it to KMS.
 */
export default function ByokPanel() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="byok-title" className="space-y-5 p-5">
      <div className="space-y-1">
        <h2 id="byok-title" className="text-xl font-semibold tracking-tight">
          {t('byok.title')}
        </h2>
        <p className="text-sm text-slate-700">{t('byok.intro')}</p>
        <p className="text-sm text-slate-700">{t('byok.duty')}</p>
        <p className="text-sm text-slate-700">{t('byok.limits')}</p>
      </div>
      <ExternalKeyStep />
      <ParametersStep />
      <MaterialStep />
      <WrapStep />
      <ImportStep />
      <UseKeyStep />
    </section>
  );
}

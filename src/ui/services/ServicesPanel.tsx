import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwsServiceName } from '../../engine';
import { useApp } from '../app/useApp';
import { RegionPicker } from '../panel/RegionPicker';
import { identityOption } from '../principals/identityText';
import { Tabs } from '../side/Tabs';
import { ServiceArea } from './ServiceArea';
import { SERVICE_ORDER } from './specs';

/**
 * "AWS services": the learner asks S3, EBS, RDS, Parameter Store or Secrets Manager to keep
 * something and to read it back, and sees each service call KMS on their behalf (envelope
 * encryption under the key chosen, its AWS managed key, or — for S3 — an AWS owned key).
 */
export default function ServicesPanel() {
  const { t } = useTranslation();
  const [service, setService] = useState<AwsServiceName>('s3');
  const actingAs = useApp((s) => s.actingAs);
  const region = useApp((s) => s.selectedRegion);
  const who = useApp((s) => s.view.identities?.find((i) => i.id === actingAs));
  const accountId = useApp((s) => s.view.accountId);
  return (
    <section aria-labelledby="services-title" className="space-y-4">
      <div className="space-y-1">
        <h2 id="services-title" className="text-xl font-semibold tracking-tight">
          {t('services.title')}
        </h2>
        <p className="text-sm text-slate-700">{t('services.intro.envelope')}</p>
        <p className="text-sm text-slate-700">{t('services.intro.onBehalf')}</p>
        <p className="text-sm text-slate-700">{t('services.intro.managed')}</p>
        <p className="text-sm text-slate-700">{t('services.intro.owned')}</p>
      </div>
      <p className="text-sm font-medium text-slate-800">
        {t('services.context', {
          identity: who ? identityOption(t, who, accountId) : actingAs,
          region,
        })}
      </p>
      <RegionPicker />
      <Tabs
        label={t('services.servicesLabel')}
        tabs={SERVICE_ORDER.map((id) => ({ id, label: t(`services.names.${id}`) }))}
        selected={service}
        onSelect={setService}
        size="sm"
      >
        <ServiceArea key={service} service={service} />
      </Tabs>
    </section>
  );
}

import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwsServiceName, StoredItemView } from '../../engine';
import { keyLabel } from '../../graph';
import { useApp } from '../app/useApp';
import { HINT, SECONDARY_BUTTON } from '../panel/styles';

const NONE: readonly StoredItemView[] = [];

/**
 * What a service keeps in the selected Region: each item's name, the key protecting it (its
 * alias or short id, or an AWS owned key), the encryption context the service gives KMS, and
 * the grant EC2 or RDS holds for it. Choosing an item fills the read form.
 */
export function StoredList({
  service,
  title,
  onPick,
}: {
  service: AwsServiceName;
  title: string;
  onPick: (item: StoredItemView) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const region = useApp((s) => s.selectedRegion);
  const regionView = useApp((s) => s.view.regions.find((r) => r.code === region));
  const items = useMemo(
    () => (regionView?.stored ?? NONE).filter((item) => item.service === service),
    [regionView, service],
  );
  const protectedBy = (item: StoredItemView): string => {
    if (item.protection.kind === 'aws-owned') return t('services.stored.owned');
    const { keyArn } = item.protection;
    const key = regionView?.keys.find((k) => k.arn === keyArn);
    return key ? keyLabel(key) : keyArn;
  };
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-2">
      <h3 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {title}
      </h3>
      {items.length === 0 ? (
        <p className={HINT}>{t('services.stored.empty')}</p>
      ) : (
        <>
          <p className={HINT}>{t('services.stored.hint')}</p>
          <ul className="space-y-2">
            {items.map((item) => {
              const context = Object.entries(item.encryptionContext);
              return (
                <li key={item.name} className="rounded-md border border-slate-200 p-2 text-sm">
                  <button
                    type="button"
                    onClick={() => onPick(item)}
                    aria-label={t('services.stored.pick', { name: item.name })}
                    className={`${SECONDARY_BUTTON} max-w-full font-mono break-all`}
                  >
                    {item.name}
                  </button>
                  <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5 text-xs">
                    <dt className="text-slate-600">{t('services.stored.protectedBy')}</dt>
                    <dd className="font-mono break-all">{protectedBy(item)}</dd>
                    <dt className="text-slate-600">{t('services.stored.context')}</dt>
                    <dd className="font-mono break-all">
                      {context.length === 0
                        ? t('services.stored.noContext')
                        : context.map(([k, v]) => `${k}=${v}`).join(', ')}
                    </dd>
                    {item.grantId && (
                      <>
                        <dt className="text-slate-600">{t('services.stored.grant')}</dt>
                        <dd className="font-mono break-all">{item.grantId}</dd>
                      </>
                    )}
                  </dl>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

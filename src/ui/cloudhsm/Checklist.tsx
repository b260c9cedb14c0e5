import { useTranslation } from 'react-i18next';
import type { CloudHsmClusterView } from '../../engine';
import { clusterChecklist } from './checklist';

/** What the cluster still lacks for a custom key store, item by item (words, not only marks). */
export function Checklist({ cluster }: { cluster: CloudHsmClusterView | undefined }) {
  const { t } = useTranslation();
  const checks = clusterChecklist(cluster);
  const ready = checks.every((c) => c.ok);
  return (
    <div className="rounded-md border border-slate-300 bg-white p-3">
      <p className="text-sm font-semibold text-slate-900">
        {ready ? t('cloudHsm.checklist.ready') : t('cloudHsm.checklist.heading')}
      </p>
      <ul aria-label={t('cloudHsm.checklist.heading')} className="mt-1 space-y-0.5 text-sm">
        {checks.map((c) => (
          <li key={c.id} className={c.ok ? 'text-emerald-800' : 'text-red-800'}>
            <span aria-hidden="true">{c.ok ? '✓ ' : '✗ '}</span>
            {t(`cloudHsm.checklist.${c.id}`)}
            <span className="sr-only">
              {' '}
              ({c.ok ? t('cloudHsm.checklist.done') : t('cloudHsm.checklist.missing')})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

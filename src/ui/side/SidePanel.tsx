import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LazyFeature } from '../../i18n/lazyTexts';
import { preloadEngine } from '../../store';
import { SIDE_SECTIONS } from '../../store/inspectorSlice';
import { useApp } from '../app/useApp';
import { WithTexts } from '../app/WithTexts';
import { TryEncryptionPanel } from '../panel/TryEncryptionPanel';
import { Tabs } from './Tabs';

// Only "Try encryption" is needed on arrival: every other section is its own chunk, and
// brings its own texts.
const OperationsArea = lazy(() => import('../operations/OperationsArea'));
// The inspector reads the key (DescribeKey…) as it opens: the engine's operations come along.
const Inspector = lazy(() =>
  Promise.all([import('../inspector/Inspector'), preloadEngine()]).then(([m]) => ({
    default: m.Inspector,
  })),
);
const NamedViewsPanel = lazy(() => import('../views/NamedViewsPanel'));
const OutsidePanel = lazy(() => import('../outside/OutsidePanel'));
const ByokPanel = lazy(() => import('../import/ByokPanel'));
const ServicesPanel = lazy(() => import('../services/ServicesPanel'));
const CloudHsmPanel = lazy(() => import('../cloudhsm/CloudHsmPanel'));
const TrailPanel = lazy(() => import('../trail/TrailPanel'));

/**
 * The panel beside the canvas: "Try encryption", "Outside AWS" (a key pair from both
 * sides), "Import material" (bring your own key), "AWS services" (S3, EBS… calling KMS for the learner), the inspector of the selected key, every operation, the course's diagrams, and
 * CloudTrail (the audit log of every call).
 */
export function SidePanel() {
  const { t } = useTranslation();
  const section = useApp((s) => s.sideSection);
  const open = useApp((s) => s.openSideSection);
  return (
    <aside
      aria-label={t('side.label')}
      className="border-t border-slate-200 bg-white p-3 lg:overflow-y-auto lg:border-t-0 lg:border-l"
    >
      <Tabs
        label={t('side.label')}
        tabs={SIDE_SECTIONS.map((id) => ({ id, label: t(`side.sections.${id}`) }))}
        selected={section}
        onSelect={open}
      >
        {section === 'try' ? (
          <TryEncryptionPanel />
        ) : section === 'inspector' ? (
          <Lazy feature="inspector" heading={t('side.headings.inspector')}>
            <Inspector />
          </Lazy>
        ) : section === 'outside' ? (
          <Lazy feature="outside">
            <OutsidePanel />
          </Lazy>
        ) : section === 'byok' ? (
          <Lazy feature="byok">
            <ByokPanel />
          </Lazy>
        ) : section === 'services' ? (
          <Lazy feature="services">
            <ServicesPanel />
          </Lazy>
        ) : section === 'cloudHsm' ? (
          <Lazy feature="cloudHsm">
            <CloudHsmPanel />
          </Lazy>
        ) : section === 'views' ? (
          <Lazy feature="views">
            <NamedViewsPanel />
          </Lazy>
        ) : section === 'trail' ? (
          <Lazy feature="trail">
            <TrailPanel />
          </Lazy>
        ) : (
          <Lazy feature="operations" heading={t('side.headings.operations')}>
            <OperationsArea />
          </Lazy>
        )}
      </Tabs>
    </aside>
  );
}

/** A section that loads on demand: its code and its texts, with one "Loading…" meanwhile. */
function Lazy({
  feature,
  heading,
  children,
}: {
  feature: LazyFeature;
  heading?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const loading = <p className="text-sm text-slate-600">{t('side.loading')}</p>;
  return (
    <div className={feature === 'outside' ? undefined : 'px-2'}>
      {heading && <h2 className="sr-only">{heading}</h2>}
      <WithTexts feature={feature} fallback={loading}>
        <Suspense fallback={loading}>{children}</Suspense>
      </WithTexts>
    </div>
  );
}

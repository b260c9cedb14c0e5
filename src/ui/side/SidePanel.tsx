import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { SIDE_SECTIONS } from '../../store/inspectorSlice';
import { useApp } from '../app/useApp';
import { TryEncryptionPanel } from '../panel/TryEncryptionPanel';
import { Tabs } from './Tabs';

// Neither the inspector nor the operations area is needed on arrival: each is its own chunk.
const OperationsArea = lazy(() => import('../operations/OperationsArea'));
const Inspector = lazy(() =>
  import('../inspector/Inspector').then((m) => ({ default: m.Inspector })),
);
const NamedViewsPanel = lazy(() => import('../views/NamedViewsPanel'));
const OutsidePanel = lazy(() => import('../outside/OutsidePanel'));

/**
 * The panel beside the canvas: "Try encryption", "Outside AWS" (a key pair from both
 * sides), the inspector of the selected key, every operation, and the course's diagrams.
 */
export function SidePanel() {
  const { t } = useTranslation();
  const section = useApp((s) => s.sideSection);
  const open = useApp((s) => s.openSideSection);
  return (
    <aside
      aria-label={t('inspector.sidePanel')}
      className="border-t border-slate-200 bg-white p-3 lg:overflow-y-auto lg:border-t-0 lg:border-l"
    >
      <Tabs
        label={t('inspector.sidePanel')}
        tabs={SIDE_SECTIONS.map((id) => ({
          id,
          label:
            id === 'views'
              ? t('views.tab')
              : id === 'outside'
                ? t('outside.tab')
                : t(`inspector.sections.${id}`),
        }))}
        selected={section}
        onSelect={open}
      >
        {section === 'try' ? (
          <TryEncryptionPanel />
        ) : section === 'inspector' ? (
          <div className="px-2">
            <h2 className="sr-only">{t('inspector.title')}</h2>
            <Suspense fallback={<p className="text-sm text-slate-600">{t('inspector.loading')}</p>}>
              <Inspector />
            </Suspense>
          </div>
        ) : section === 'outside' ? (
          <Suspense fallback={<p className="text-sm text-slate-600">{t('outside.loading')}</p>}>
            <OutsidePanel />
          </Suspense>
        ) : section === 'views' ? (
          <div className="px-2">
            <Suspense fallback={<p className="text-sm text-slate-600">{t('views.loading')}</p>}>
              <NamedViewsPanel />
            </Suspense>
          </div>
        ) : (
          <div className="px-2">
            <h2 className="sr-only">{t('operations.title')}</h2>
            <Suspense
              fallback={<p className="text-sm text-slate-600">{t('operations.loading')}</p>}
            >
              <OperationsArea />
            </Suspense>
          </div>
        )}
      </Tabs>
    </aside>
  );
}

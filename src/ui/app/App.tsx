import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { KmsCanvas } from '../canvas/KmsCanvas';
import { NarrationBar } from '../player/NarrationBar';
import { usePlayerShortcuts } from '../player/usePlayerShortcuts';
import { useReadingTime } from '../player/useReadingTime';
import { PresenterHeader } from '../presenter/PresenterHeader';
import { usePresenterAddress } from '../presenter/usePresenterAddress';
import { SidePanel } from '../side/SidePanel';
import { WorldBanner } from '../world/WorldBanner';
import { Header } from './Header';
import { useApp } from './useApp';
import { useOnceTrue } from './useOnceTrue';
import { useSyncLanguage } from './useSyncLanguage';

// The help dialog is fetched the first time it is asked for.
const ShortcutsDialog = lazy(() =>
  import('../player/ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })),
);

/**
 * The app: header (clock, world menu, language), then the account diagram with its narration
 * beside the side panel. In presenter mode, only the diagram and the narration, large and in
 * high contrast.
 */
export function App() {
  useSyncLanguage();
  usePlayerShortcuts();
  useReadingTime();
  usePresenterAddress();
  const { t } = useTranslation();
  const presenting = useApp((s) => s.presenting);
  const helpWanted = useOnceTrue(useApp((s) => s.shortcutsOpen));
  return (
    <div
      className={`flex min-h-dvh flex-col lg:h-dvh ${presenting ? 'presenting h-dvh bg-white text-black' : 'bg-slate-100 text-slate-900'}`}
    >
      {presenting ? <PresenterHeader /> : <Header />}
      {!presenting && <WorldBanner />}
      <main
        className={`grid min-h-0 flex-1 grid-cols-1 ${presenting ? '' : 'lg:grid-cols-[minmax(0,1fr)_26rem]'}`}
      >
        <div className="flex min-h-0 flex-col">
          <section
            aria-labelledby="canvas-title"
            className={`relative min-h-96 ${presenting ? 'flex-1' : 'h-[60vh] lg:h-auto lg:flex-1'}`}
          >
            <h2 id="canvas-title" className="sr-only">
              {t('canvas.label')}
            </h2>
            <KmsCanvas />
          </section>
          <NarrationBar />
        </div>
        {!presenting && <SidePanel />}
      </main>
      {helpWanted && (
        <Suspense fallback={null}>
          <ShortcutsDialog />
        </Suspense>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { KmsCanvas } from '../canvas/KmsCanvas';
import { NarrationBar } from '../player/NarrationBar';
import { ShortcutsDialog } from '../player/ShortcutsDialog';
import { usePlayerShortcuts } from '../player/usePlayerShortcuts';
import { useReadingTime } from '../player/useReadingTime';
import { PresenterHeader } from '../presenter/PresenterHeader';
import { usePresenterAddress } from '../presenter/usePresenterAddress';
import { SidePanel } from '../side/SidePanel';
import { WorldBanner } from '../world/WorldBanner';
import { Header } from './Header';
import { useApp } from './useApp';
import { useSyncLanguage } from './useSyncLanguage';

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
      <ShortcutsDialog />
    </div>
  );
}

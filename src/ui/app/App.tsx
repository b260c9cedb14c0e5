import { useTranslation } from 'react-i18next';
import { KmsCanvas } from '../canvas/KmsCanvas';
import { Header } from './Header';
import { SidePanel } from '../side/SidePanel';
import { useSyncLanguage } from './useSyncLanguage';
import { WorldBanner } from '../world/WorldBanner';

/** The app: header (clock, world menu, language), then the account diagram beside the side panel. */
export function App() {
  useSyncLanguage();
  const { t } = useTranslation();
  return (
    <div className="flex min-h-dvh flex-col bg-slate-100 text-slate-900 lg:h-dvh">
      <Header />
      <WorldBanner />
      <main className="grid min-h-0 flex-1 grid-cols-1 lg:grid-cols-[minmax(0,1fr)_26rem]">
        <section aria-labelledby="canvas-title" className="relative h-[60vh] min-h-96 lg:h-auto">
          <h2 id="canvas-title" className="sr-only">
            {t('canvas.label')}
          </h2>
          <KmsCanvas />
        </section>
        <SidePanel />
      </main>
    </div>
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '@xyflow/react/dist/style.css';
import './index.css';
import { createAppI18n } from './i18n/appI18n';
import { createAppStore, openWorldDb } from './store';
import { App } from './ui/app/App';
import { browserStorage } from './ui/app/browserStorage';
import { StoreProvider } from './ui/app/StoreProvider';

const root = document.getElementById('root');
if (!root) throw new Error('#root not found');

const store = createAppStore({
  storage: browserStorage(),
  browserLanguage: navigator.language,
  // Reading window.indexedDB can throw (storage disabled); the async wrapper makes that a rejection.
  worldDb: (async () => openWorldDb(window.indexedDB))(),
  presenting: new URLSearchParams(location.search).has('present'),
});

// Save what is waiting when the page goes away or into the background.
addEventListener('pagehide', () => void store.getState().saveNow());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void store.getState().saveNow();
});

/** The saved world is loaded before the first render, so nothing flashes or gets overwritten. */
async function start(container: HTMLElement) {
  await store.getState().loadSavedWorld();
  const { language } = store.getState();
  const i18n = await createAppI18n(language);
  document.documentElement.lang = language;

  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StoreProvider store={store}>
          <App />
        </StoreProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start(root);

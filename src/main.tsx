import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '@xyflow/react/dist/style.css';
import './index.css';
import { createI18n } from './i18n';
import { createAppStore } from './store';
import { App } from './ui/app/App';
import { browserStorage } from './ui/app/browserStorage';
import { StoreProvider } from './ui/app/StoreProvider';

const root = document.getElementById('root');
if (!root) throw new Error('#root not found');

const store = createAppStore({ storage: browserStorage(), browserLanguage: navigator.language });
const { language } = store.getState();
const i18n = createI18n(language);
document.documentElement.lang = language;

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </I18nextProvider>
  </StrictMode>,
);

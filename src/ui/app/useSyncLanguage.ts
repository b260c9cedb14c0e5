import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../../i18n/appI18n';
import { useApp } from './useApp';

/** Keeps i18next and <html lang> on the language chosen in the store. */
export function useSyncLanguage(): void {
  const language = useApp((s) => s.language);
  const { i18n } = useTranslation();
  useEffect(() => {
    // English may still have to load (src/i18n/appI18n.ts); <html lang> follows once it shows.
    void switchLanguage(i18n, language).then(() => {
      document.documentElement.lang = language;
    });
  }, [i18n, language]);
}

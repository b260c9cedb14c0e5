import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from './useApp';

/** Keeps i18next and <html lang> on the language chosen in the store. */
export function useSyncLanguage(): void {
  const language = useApp((s) => s.language);
  const { i18n } = useTranslation();
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
}

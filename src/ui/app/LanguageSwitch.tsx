import { useTranslation } from 'react-i18next';
import type { Language } from '../../store';
import { useApp } from './useApp';

const LANGUAGES: readonly Language[] = ['es', 'en'];

/** Two buttons, each named in its own language; the pressed one is the current language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useApp((s) => s.language);
  const setLanguage = useApp((s) => s.setLanguage);
  return (
    <div
      role="group"
      aria-label={t('language.label')}
      className="inline-flex rounded-lg border border-slate-300 bg-slate-50 p-0.5"
    >
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={language === code}
          onClick={() => setLanguage(code)}
          className="rounded-md px-3 py-1 text-sm font-medium text-slate-700 hover:bg-white aria-pressed:bg-indigo-700 aria-pressed:text-white"
        >
          {t(`language.${code}`)}
        </button>
      ))}
    </div>
  );
}

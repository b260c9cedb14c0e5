import { useTranslation } from 'react-i18next';
import { TimeBar } from '../time/TimeBar';
import { WorldMenu } from '../world/WorldMenu';
import { LanguageSwitch } from './LanguageSwitch';

export function Header() {
  const { t } = useTranslation();
  return (
    <header className="flex flex-wrap items-center justify-between gap-4 border-b border-slate-200 bg-white px-5 py-3">
      <div className="flex items-center gap-3">
        <KeyMark />
        <div>
          <h1 className="text-lg leading-tight font-semibold tracking-tight">{t('app.name')}</h1>
          <p className="text-sm text-slate-600">{t('app.tagline')}</p>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <TimeBar />
        <WorldMenu />
        <LanguageSwitch />
      </div>
    </header>
  );
}

function KeyMark() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-8 rounded-lg bg-indigo-700 p-1.5 text-white"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <circle cx="8" cy="15" r="4" />
      <path d="m10.85 12.15 8.65-8.65M18 5l2 2M15 8l2 2" />
    </svg>
  );
}

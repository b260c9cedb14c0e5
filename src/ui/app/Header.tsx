import { useTranslation } from 'react-i18next';
import { KeyGlyph } from '../icons/KeyGlyph';
import { TimeBar } from '../time/TimeBar';
import { WorldMenu } from '../world/WorldMenu';
import { PresenterButton } from '../presenter/PresenterButton';
import { ActingAsSwitch } from '../principals/ActingAsSwitch';
import { IdentitiesDialogSlot } from '../principals/IdentitiesDialogSlot';
import { LanguageSwitch } from './LanguageSwitch';

export function Header() {
  const { t } = useTranslation();
  return (
    <header className="flex flex-wrap items-center justify-between gap-4 border-b border-slate-200 bg-white px-5 py-3">
      <div className="flex items-center gap-3">
        <KeyGlyph className="size-8 rounded-lg bg-indigo-700 p-1.5 text-white" />
        <div>
          <h1 className="text-lg leading-tight font-semibold tracking-tight">{t('app.name')}</h1>
          <p className="text-sm text-slate-600">{t('app.tagline')}</p>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <ActingAsSwitch />
        <TimeBar />
        <WorldMenu />
        <PresenterButton />
        <LanguageSwitch />
      </div>
      <IdentitiesDialogSlot />
    </header>
  );
}

import { useTranslation } from 'react-i18next';
import { KeyGlyph } from '../icons/KeyGlyph';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { useApp } from '../app/useApp';
import { enterFullScreen, leaveFullScreen } from './fullScreen';

const BUTTON =
  'rounded-lg border-2 border-white px-3 py-1.5 text-base font-semibold text-white hover:bg-white hover:text-black';

/** Presenter mode's only chrome: the app's name, the keys to drive it, full screen and exit. */
export function PresenterHeader() {
  const { t } = useTranslation();
  const setPresenting = useApp((s) => s.setPresenting);
  return (
    <header className="flex flex-wrap items-center justify-between gap-3 bg-black px-5 py-2.5 text-white">
      <div className="flex items-center gap-3">
        <KeyGlyph className="size-8 rounded-lg bg-white p-1.5 text-black" />
        <h1 className="text-xl font-bold">{t('presenter.title')}</h1>
      </div>
      <p className="text-base text-white max-lg:hidden">{t('presenter.hint')}</p>
      <div className="flex items-center gap-2">
        <LanguageSwitch />
        <button type="button" className={BUTTON} onClick={enterFullScreen}>
          {t('presenter.fullScreen')}
        </button>
        <button
          type="button"
          className={BUTTON}
          onClick={() => {
            leaveFullScreen();
            setPresenting(false);
          }}
        >
          {t('presenter.exit')}
        </button>
      </div>
    </header>
  );
}

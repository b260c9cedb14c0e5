import { useTranslation } from 'react-i18next';
import { useApp } from '../app/useApp';
import { enterFullScreen } from './fullScreen';

/** Opens presenter mode (and full screen, which needs this click to be allowed). */
export function PresenterButton() {
  const { t } = useTranslation();
  const setPresenting = useApp((s) => s.setPresenting);
  return (
    <button
      type="button"
      className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
      onClick={() => {
        setPresenting(true);
        enterFullScreen();
      }}
    >
      {t('presenter.enter')}
    </button>
  );
}

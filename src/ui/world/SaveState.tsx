import { useTranslation } from 'react-i18next';
import { useApp } from '../app/useApp';
import { formatTime } from '../format/dates';

/** Where the world is kept, and whether the last change reached it. */
export function SaveState() {
  const { t } = useTranslation();
  const status = useApp((s) => s.saveStatus);
  const savedAt = useApp((s) => s.savedAt);
  const language = useApp((s) => s.language);
  return (
    <div className="space-y-1 text-sm">
      <p
        className={
          status === 'failed' || status === 'off' ? 'font-medium text-red-800' : 'text-slate-800'
        }
      >
        {status === 'saved' && savedAt !== undefined
          ? t('world.storage.saved', { time: formatTime(language, savedAt) })
          : t(`world.storage.${status === 'saved' ? 'idle' : status}`)}
      </p>
      <p className="text-xs text-slate-600">{t('world.storage.hint')}</p>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useApp } from '../app/useApp';
import { SECONDARY_BUTTON } from '../panel/styles';
import { useExportUnreadable } from './useExportUnreadable';

/** Shown when this start found the saved world unreadable: what happened, and the copy kept. */
export function WorldBanner() {
  const { t } = useTranslation();
  const notice = useApp((s) => s.bootNotice);
  const dismiss = useApp((s) => s.dismissBootNotice);
  const exportCopy = useExportUnreadable();
  if (!notice) return null;
  return (
    <div
      role="alert"
      className="border-b border-amber-300 bg-amber-50 px-5 py-3 text-sm text-amber-950"
    >
      <p className="font-medium">{t('world.unreadable.banner')}</p>
      <p className="mt-1 text-xs break-all text-amber-900">
        {t('world.unreadable.reason', { reason: notice.reason })}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          className={SECONDARY_BUTTON}
          onClick={() => void exportCopy(notice.id)}
        >
          {t('world.unreadable.export')}
        </button>
        <button type="button" className={SECONDARY_BUTTON} onClick={dismiss}>
          {t('world.unreadable.dismiss')}
        </button>
      </div>
    </div>
  );
}

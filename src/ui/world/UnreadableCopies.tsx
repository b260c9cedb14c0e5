import { useTranslation } from 'react-i18next';
import { useApp } from '../app/useApp';
import { SECONDARY_BUTTON } from '../panel/styles';
import { formatDate } from '../format/dates';
import { useExportUnreadable } from './useExportUnreadable';

/** Saved worlds that could not be read, kept until the user discards them. */
export function UnreadableCopies() {
  const { t } = useTranslation();
  const language = useApp((s) => s.language);
  const copies = useApp((s) => s.unreadable);
  const discard = useApp((s) => s.discardUnreadable);
  const exportCopy = useExportUnreadable();
  if (copies.length === 0) return null;
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold">{t('world.unreadable.title')}</h3>
      <ul className="space-y-1.5 text-sm">
        {copies.map((copy) => {
          const date = formatDate(language, copy.foundAt);
          return (
            <li key={copy.id} className="flex flex-wrap items-center justify-between gap-2">
              <span>{t('world.unreadable.found', { date })}</span>
              <span className="flex gap-2">
                <button
                  type="button"
                  aria-label={t('world.unreadable.exportOne', { date })}
                  onClick={() => void exportCopy(copy.id)}
                  className={SECONDARY_BUTTON}
                >
                  {t('world.unreadable.exportShort')}
                </button>
                <button
                  type="button"
                  aria-label={t('world.unreadable.discardOne', { date })}
                  onClick={() => void discard(copy.id)}
                  className={SECONDARY_BUTTON}
                >
                  {t('world.unreadable.discardShort')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

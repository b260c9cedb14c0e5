import { useTranslation } from 'react-i18next';
import { useApp } from '../app/useApp';
import { formatDate } from '../format/dates';
import { useEventText } from './useEventText';

/** Tells screen readers, politely, where the clock went and what happened on the way. */
export function TimeAnnouncer() {
  const { t } = useTranslation();
  const language = useApp((s) => s.language);
  const last = useApp((s) => s.lastAdvance);
  const eventText = useEventText();
  return (
    <p role="status" className="sr-only">
      {last &&
        [
          t('time.announce', { date: formatDate(language, last.to), count: last.events.length }),
          ...last.events.map(eventText),
        ].join(' ')}
    </p>
  );
}

import { useTranslation } from 'react-i18next';
import type { TimeEvent } from '../../store';
import { useApp } from '../app/useApp';
import { formatDate } from '../format/dates';
import { eventKeyName } from './eventKeyName';

/** The sentence for a rotation or deletion that happened, in the reader's language. */
export function useEventText(): (event: TimeEvent) => string {
  const { t } = useTranslation();
  const language = useApp((s) => s.language);
  return (event) =>
    t(event.kind === 'RotateKey' ? 'time.happened.rotated' : 'time.happened.deleted', {
      key: eventKeyName(event),
      region: event.region,
      date: formatDate(language, event.at),
    });
}

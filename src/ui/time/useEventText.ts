import { useTranslation } from 'react-i18next';
import type { TimeEvent } from '../../store';
import { useApp } from '../app/useApp';
import { formatDate } from '../format/dates';
import { eventKeyName } from './eventKeyName';

const HAPPENED = {
  RotateKey: 'time.happened.rotated',
  DeleteKey: 'time.happened.deleted',
  SynchronizeMultiRegionKey: 'time.happened.synchronized',
  DeleteExpiredKeyMaterial: 'time.happened.expired',
} as const satisfies Record<TimeEvent['kind'], string>;

/** The sentence for a rotation or deletion that happened, in the reader's language. */
export function useEventText(): (event: TimeEvent) => string {
  const { t } = useTranslation();
  const language = useApp((s) => s.language);
  return (event) =>
    t(HAPPENED[event.kind], {
      key: eventKeyName(event),
      region: event.region,
      date: formatDate(language, event.at),
    });
}

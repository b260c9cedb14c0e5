import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DAY_MS, HOUR_MS, selectUpcoming, type TimeEvent } from '../../store';
import { useApp } from '../app/useApp';
import { SECONDARY_BUTTON } from '../panel/styles';
import { formatDate, formatRelative } from '../format/dates';
import { eventKeyName } from './eventKeyName';
import { useEventText } from './useEventText';

const STEPS = [
  ['hour', HOUR_MS],
  ['day', DAY_MS],
  ['month', 30 * DAY_MS],
  ['year', 365 * DAY_MS],
] as const;

const BUTTON = `${SECONDARY_BUTTON} disabled:cursor-not-allowed disabled:border-slate-300 disabled:bg-slate-100 disabled:text-slate-500`;

/** The time machine: buttons to advance the clock, what is scheduled, what just happened. */
const DUE = {
  RotateKey: 'time.due.rotate',
  DeleteKey: 'time.due.delete',
  SynchronizeMultiRegionKey: 'time.due.synchronize',
  DeleteExpiredKeyMaterial: 'time.due.expire',
} as const satisfies Record<TimeEvent['kind'], string>;

export function TimePanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const hintId = useId();
  const language = useApp((s) => s.language);
  const now = useApp((s) => s.view.now);
  const upcoming = useApp(selectUpcoming);
  const pending = useApp((s) => s.timePending);
  const advance = useApp((s) => s.advance);
  const advanceToNextEvent = useApp((s) => s.advanceToNextEvent);
  const next = upcoming[0];
  const dueText = (event: TimeEvent) =>
    t(DUE[event.kind], {
      key: eventKeyName(event),
    });

  return (
    <section
      id={id}
      aria-labelledby={headingId}
      aria-busy={pending}
      className="z-50 max-h-[80vh] max-sm:fixed max-sm:inset-x-4 max-sm:top-4 sm:absolute sm:top-full sm:right-0 sm:mt-2 sm:w-[min(28rem,calc(100vw-2rem))] space-y-4 overflow-y-auto rounded-xl border border-slate-300 bg-white p-4 text-left shadow-xl"
    >
      <div className="flex items-start justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold">
          {t('time.toggle')}
        </h2>
        <button type="button" onClick={onClose} className={SECONDARY_BUTTON}>
          {t('time.close')}
        </button>
      </div>
      <p className="text-sm text-slate-700">{t('time.intro')}</p>
      <div role="group" aria-label={t('time.advance.label')} className="flex flex-wrap gap-2">
        {STEPS.map(([name, ms]) => (
          <button
            key={name}
            type="button"
            disabled={pending}
            onClick={() => void advance(ms)}
            className={BUTTON}
          >
            {t(`time.advance.${name}`)}
          </button>
        ))}
        <button
          type="button"
          disabled={pending || !next}
          aria-describedby={hintId}
          onClick={() => void advanceToNextEvent()}
          className={BUTTON}
        >
          {t('time.advance.next')}
        </button>
      </div>
      <p id={hintId} className="text-xs text-slate-600">
        {next
          ? t('time.advance.nextHint', {
              what: dueText(next),
              when: formatRelative(language, next.at, now),
            })
          : t('time.advance.nothing')}
      </p>
      {pending && <p className="text-sm text-slate-700">{t('time.moving')}</p>}

      <div className="space-y-2">
        <h3 className="text-sm font-semibold">{t('time.due.title')}</h3>
        {upcoming.length === 0 ? (
          <p className="text-sm text-slate-600">{t('time.due.none')}</p>
        ) : (
          <ul className="space-y-1.5 text-sm">
            {upcoming.map((event) => (
              <li
                key={`${event.kind}:${event.region}:${event.keyId}`}
                className="rounded-md bg-slate-50 px-2 py-1.5"
              >
                <span className="block font-medium">{dueText(event)}</span>
                <span className="block text-xs text-slate-600">
                  {t('time.due.where', {
                    region: event.region,
                    date: formatDate(language, event.at),
                    relative: formatRelative(language, event.at, now),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <Happened />
    </section>
  );
}

function Happened() {
  const { t } = useTranslation();
  const language = useApp((s) => s.language);
  const last = useApp((s) => s.lastAdvance);
  const eventText = useEventText();
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold">{t('time.happened.title')}</h3>
      {!last ? (
        <p className="text-sm text-slate-600">{t('time.happened.none')}</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            {t('time.happened.moved', {
              from: formatDate(language, last.from),
              to: formatDate(language, last.to),
            })}{' '}
            {last.events.length === 0 && t('time.happened.quiet')}
          </p>
          {last.events.length > 0 && (
            <ol className="list-decimal space-y-1 pl-5 text-sm">
              {last.events.map((event) => (
                <li key={`${event.kind}:${event.keyId}:${event.at}`}>{eventText(event)}</li>
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  );
}

import type { CloudTrailEvent } from '../../engine';
import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isConsoleRead, type EventKey } from '../../store/trailSelectors';
import { formatDate } from '../format/dates';
import { CopyText } from '../side/CopyText';
import { TERM, VALUE } from '../side/styles';

export interface TrailRowData {
  event: CloudTrailEvent;
  who: string;
  key: EventKey | undefined;
  keyName: string | undefined;
}

/**
 * One CloudTrail event: what, when, who, where, on which key, how it ended; its JSON on demand.
 * Redrawn only when what it shows changes, not for every new event above it.
 */
export const TrailRow = memo(
  function TrailRow({ row }: { row: TrailRowData }) {
    const { t, i18n } = useTranslation();
    const [open, setOpen] = useState(false);
    const jsonId = useId();
    const { event } = row;
    // Exactly the engine's event object, as the CloudTrail console shows it.
    const json = useMemo(() => (open ? JSON.stringify(event, null, 2) : ''), [open, event]);
    return (
      <li className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={open ? jsonId : undefined}
          onClick={() => setOpen((o) => !o)}
          className="flex w-full items-baseline gap-2 rounded text-left hover:bg-slate-50"
        >
          <span aria-hidden="true" className="w-3 text-slate-600">
            {open ? '▾' : '▸'}
          </span>
          <span className="font-mono text-sm font-semibold text-slate-900">{event.eventName}</span>
          <time dateTime={event.eventTime} className="text-xs text-slate-700">
            {formatDate(i18n.language, Date.parse(event.eventTime))}
          </time>
        </button>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 pl-5">
          <dt className={TERM}>{t('trail.fields.who')}</dt>
          <dd className={VALUE}>
            {row.who}
            {event.eventType === 'AwsServiceEvent' && (
              <span className="ml-2 text-xs text-slate-600">({t('trail.serviceEvent')})</span>
            )}
            {isConsoleRead(event) && (
              <span className="ml-2 text-xs text-slate-600">({t('trail.consoleRead')})</span>
            )}
          </dd>
          <dt className={TERM}>{t('trail.fields.region')}</dt>
          <dd className={VALUE}>{event.awsRegion}</dd>
          <dt className={TERM}>{t('trail.fields.key')}</dt>
          <dd className={VALUE} title={row.key?.arn}>
            {row.keyName ?? t('trail.noKey')}
          </dd>
          <dt className={TERM}>{t('trail.fields.outcome')}</dt>
          <dd className={VALUE}>
            {event.errorCode ? (
              <span className="rounded border border-red-700 bg-red-50 px-1.5 font-medium text-red-800">
                <span aria-hidden="true">✕ </span>
                {t('trail.error', { code: event.errorCode })}
              </span>
            ) : (
              <span className="text-slate-700">{t('trail.ok')}</span>
            )}
          </dd>
        </dl>
        {open && (
          <div id={jsonId} className="space-y-2 pl-5">
            <CopyText text={json} label={t('trail.copyJson')} />
            <textarea
              readOnly
              value={json}
              rows={Math.min(24, json.split('\n').length)}
              spellCheck={false}
              aria-label={t('trail.json', { eventName: event.eventName })}
              className="block w-full resize-y rounded-md border border-slate-500 bg-slate-50 p-2 font-mono text-xs text-slate-900"
            />
          </div>
        )}
      </li>
    );
  },
  (before, after) =>
    before.row.event === after.row.event &&
    before.row.who === after.row.who &&
    before.row.keyName === after.row.keyName,
);

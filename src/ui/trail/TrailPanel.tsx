import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  filterTrail,
  keyNamer,
  keyOf,
  NO_FILTERS,
  principalOf,
  requestedKeyOf,
  selectTrail,
  trailChoices,
  type TrailFilters,
} from '../../store/trailSelectors';
import { useApp } from '../app/useApp';
import { regionLabel } from '../format/regionName';
import { HINT, SECONDARY_BUTTON } from '../side/styles';
import { TrailFilterBar, type Choice } from './TrailFilterBar';
import { TrailRow, type TrailRowData } from './TrailRow';
import { whoText } from './whoText';

/** Rows drawn at once; "show more" adds as many again. The trail may hold thousands. */
export const TRAIL_PAGE = 200;

const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label);

/**
 * CloudTrail: every event the engine wrote, newest first — API calls (failed ones too), the
 * console's own reads, KMS's service events — filtered by key, principal, event, outcome
 * and Region, each with its JSON.
 */
export default function TrailPanel() {
  const { t } = useTranslation();
  const events = useApp(selectTrail);
  const view = useApp((s) => s.view);
  const [filters, setFilters] = useState<TrailFilters>(NO_FILTERS);
  const [limit, setLimit] = useState(TRAIL_PAGE);

  const nameKey = useMemo(() => keyNamer(view), [view]);
  const matching = useMemo(() => filterTrail(events, filters), [events, filters]);
  const choices = useMemo(() => {
    const present = trailChoices(events);
    return {
      key: present.keys
        .map((k) => ({ value: k.arn, label: `${nameKey(k)} · ${k.region}` }))
        .sort(byLabel),
      principal: present.principals
        .map((p) => ({ value: p.id, label: whoText(t, { id: p.id, who: p.who }, view.accountId) }))
        .sort(byLabel),
      eventName: present.eventNames.map((name) => ({ value: name, label: name })),
      region: present.regions.map((code) => ({ value: code, label: regionLabel(t, code) })),
    };
  }, [events, nameKey, t, view.accountId]);
  const rows = useMemo(
    () =>
      matching.slice(0, limit).map((event): TrailRowData => {
        const key = keyOf(event);
        return {
          event,
          who: whoText(t, principalOf(event), view.accountId),
          key,
          keyName: key ? nameKey(key) : requestedKeyOf(event),
        };
      }),
    [matching, limit, t, view.accountId, nameKey],
  );

  const change = (next: TrailFilters) => {
    setFilters(next);
    setLimit(TRAIL_PAGE);
  };
  const more = Math.min(TRAIL_PAGE, matching.length - rows.length);

  return (
    <section aria-labelledby="trail-title" className="space-y-4 py-3">
      <div className="space-y-1">
        <h2 id="trail-title" className="text-xl font-semibold tracking-tight">
          {t('trail.title')}
        </h2>
        <p className="text-sm text-slate-700">{t('trail.intro')}</p>
      </div>
      <TrailFilterBar
        filters={filters}
        choices={choices}
        onChange={change}
        onClear={() => change(NO_FILTERS)}
      />
      <p role="status" className="text-sm font-medium text-slate-800">
        {t('trail.count', { shown: matching.length, count: events.length })}
      </p>
      {events.length === 0 ? (
        <p className={HINT}>{t('trail.empty')}</p>
      ) : matching.length === 0 ? (
        <p className={HINT}>{t('trail.noMatch')}</p>
      ) : (
        <ol aria-label={t('trail.list')} className="space-y-2">
          {rows.map((row) => (
            <TrailRow key={row.event.eventID} row={row} />
          ))}
        </ol>
      )}
      {more > 0 && (
        <div className="space-y-2">
          <p className={HINT}>{t('trail.showing', { shown: rows.length })}</p>
          <button
            type="button"
            onClick={() => setLimit((n) => n + TRAIL_PAGE)}
            className={SECONDARY_BUTTON}
          >
            {t('trail.showMore', { count: more })}
          </button>
        </div>
      )}
    </section>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outcome, TrailFilters } from '../../store/trailSelectors';
import { FIELD, LABEL, SECONDARY_BUTTON } from '../side/styles';

export interface Choice {
  value: string;
  label: string;
}

const OUTCOMES: readonly Outcome[] = ['any', 'errors', 'successes'];

/** The panel's five filters as labelled selects, and "clear filters". */
export function TrailFilterBar({
  filters,
  choices,
  onChange,
  onClear,
}: {
  filters: TrailFilters;
  choices: { key: Choice[]; principal: Choice[]; eventName: Choice[]; region: Choice[] };
  onChange: (filters: TrailFilters) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const base = useId();
  const select = (
    name: 'key' | 'principal' | 'eventName' | 'region',
    label: string,
    options: Choice[],
  ) => {
    // A chosen value no longer among the events (the world was reset) stays shown as chosen.
    const value = filters[name];
    const shown =
      value && !options.some((o) => o.value === value)
        ? [...options, { value, label: value }]
        : options;
    return (
      <div>
        <label htmlFor={`${base}-${name}`} className={LABEL}>
          {label}
        </label>
        <select
          id={`${base}-${name}`}
          value={filters[name]}
          onChange={(e) => onChange({ ...filters, [name]: e.target.value })}
          className={FIELD}
        >
          <option value="">{t('trail.filters.all')}</option>
          {shown.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  };
  return (
    <fieldset className="space-y-3 rounded-xl border border-slate-200 bg-slate-50 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-800">
        {t('trail.filters.legend')}
      </legend>
      <div className="grid gap-3 sm:grid-cols-2">
        {select('key', t('trail.filters.key'), choices.key)}
        {select('principal', t('trail.filters.principal'), choices.principal)}
        {select('eventName', t('trail.filters.eventName'), choices.eventName)}
        <div>
          <label htmlFor={`${base}-outcome`} className={LABEL}>
            {t('trail.filters.outcome')}
          </label>
          <select
            id={`${base}-outcome`}
            value={filters.outcome}
            onChange={(e) => {
              const outcome = OUTCOMES.find((o) => o === e.target.value) ?? 'any';
              onChange({ ...filters, outcome });
            }}
            className={FIELD}
          >
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`trail.filters.outcomes.${o}`)}
              </option>
            ))}
          </select>
        </div>
        {select('region', t('trail.filters.region'), choices.region)}
      </div>
      <button type="button" onClick={onClear} className={SECONDARY_BUTTON}>
        {t('trail.filters.clear')}
      </button>
    </fieldset>
  );
}

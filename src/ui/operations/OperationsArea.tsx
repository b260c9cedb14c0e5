import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationName } from '../../store/operationsCatalog';
import { FIELD, LABEL } from '../side/styles';
import { GROUPS, searchOperations } from './descriptors';
import { OperationForm } from './OperationForm';

/** Every KMS operation of the engine, searchable and grouped; choosing one opens its form. */
export default function OperationsArea() {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<OperationName>();
  const found = useMemo(
    () => searchOperations(query, (name) => t(`operations.summary.${name}`)),
    [query, t],
  );

  return (
    <div className="space-y-4">
      <div>
        <label htmlFor={`${id}-search`} className={LABEL}>
          {t('operations.search')}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-describedby={`${id}-count`}
          className={FIELD}
        />
        <p id={`${id}-count`} role="status" className="mt-1 text-xs text-slate-700">
          {t('operations.found', { count: found.length })}
        </p>
      </div>
      <nav aria-label={t('operations.listLabel')} className="space-y-3">
        {GROUPS.map((group) => {
          const inGroup = found.filter((d) => d.group === group);
          if (inGroup.length === 0) return null;
          return (
            <div key={group}>
              <h3
                id={`${id}-${group}`}
                className="text-xs font-semibold tracking-wide text-slate-700 uppercase"
              >
                {t(`operations.groups.${group}`)}
              </h3>
              <ul aria-labelledby={`${id}-${group}`} className="mt-1 flex flex-wrap gap-1.5">
                {inGroup.map((d) => (
                  <li key={d.name}>
                    <button
                      type="button"
                      aria-pressed={chosen === d.name}
                      title={t(`operations.summary.${d.name}`)}
                      onClick={() => setChosen(d.name)}
                      className="rounded-md border border-slate-400 bg-white px-2 py-1 font-mono text-xs text-slate-800 hover:bg-indigo-50 aria-pressed:border-indigo-700 aria-pressed:bg-indigo-700 aria-pressed:text-white"
                    >
                      {d.name}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </nav>
      {chosen && <OperationForm key={chosen} name={chosen} />}
    </div>
  );
}

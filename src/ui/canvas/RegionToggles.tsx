import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { visibleRegions } from '../../graph';
import { regionLabel } from '../format/regionName';
import { useApp } from '../app/useApp';
import { useBenchView } from './useBenchView';

/**
 * Which Regions the diagram shows: a disclosure listing every Region with a checkbox.
 * The selected Region is always shown (its box is checked and cannot be cleared).
 */
export const RegionToggles = memo(function RegionToggles() {
  const { t } = useTranslation();
  const storeView = useApp((s) => s.view);
  const view = useBenchView() ?? storeView;
  const selectedRegion = useApp((s) => s.selectedRegion);
  const regionVisibility = useApp((s) => s.regionVisibility);
  const setRegionVisible = useApp((s) => s.setRegionVisible);
  const legendId = useId();
  const shown = new Set(visibleRegions(view, selectedRegion, regionVisibility));
  return (
    <details className="rounded-lg border border-slate-300 bg-white/95 text-sm shadow-sm">
      <summary className="cursor-pointer rounded-lg px-3 py-1.5 font-medium text-slate-800 focus-visible:outline-2 focus-visible:outline-indigo-600">
        {t('canvas.regions.button', { shown: shown.size, total: view.regions.length })}
      </summary>
      <fieldset aria-labelledby={legendId} className="max-h-72 overflow-auto px-3 pb-2">
        <legend id={legendId} className="sr-only">
          {t('canvas.regions.legend')}
        </legend>
        {view.regions.map(({ code }) => {
          const name = regionLabel(t, code);
          const locked = code === selectedRegion;
          return (
            <label key={code} className="flex items-center gap-2 py-0.5 text-slate-800">
              <input
                type="checkbox"
                className="size-4 accent-indigo-700"
                checked={shown.has(code)}
                disabled={locked}
                onChange={(e) => setRegionVisible(code, e.target.checked)}
              />
              <span>{locked ? t('canvas.regions.alwaysShown', { name }) : name}</span>
            </label>
          );
        })}
      </fieldset>
    </details>
  );
});

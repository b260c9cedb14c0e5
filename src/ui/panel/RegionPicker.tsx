import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/useApp';
import { regionLabel } from '../format/regionName';
import { FIELD, HINT, LABEL } from './styles';

/** The Region every call of the panel goes to. */
export function RegionPicker() {
  const { t } = useTranslation();
  const id = useId();
  const region = useApp((s) => s.selectedRegion);
  const selectRegion = useApp((s) => s.selectRegion);
  const regions = useApp((s) => s.kms.regions);
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {t('panel.region')}
      </label>
      <select
        id={id}
        aria-describedby={`${id}-hint`}
        value={region}
        onChange={(e) => {
          const chosen = regions.find((code) => code === e.target.value);
          if (chosen) selectRegion(chosen);
        }}
        className={FIELD}
      >
        {regions.map((code) => (
          <option key={code} value={code}>
            {regionLabel(t, code)}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className={`mt-1 ${HINT}`}>
        {t('panel.regionHint')}
      </p>
    </div>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { keyLabel } from '../../graph';
import { useApp } from '../app/useApp';
import { regionLabel } from '../format/regionName';
import { FIELD, LABEL } from '../side/styles';

/** Every KMS key of the account, by Region: choosing one inspects it. */
export function KeyChooser() {
  const { t } = useTranslation();
  const id = useId();
  const view = useApp((s) => s.view);
  const inspected = useApp((s) => s.inspected);
  const inspectKey = useApp((s) => s.inspectKey);
  const regions = view.regions.filter((r) => r.keys.length > 0);
  const value = inspected ? `${inspected.region}|${inspected.keyId}` : '';
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {t('inspector.chooseKey')}
      </label>
      <select
        id={id}
        value={value}
        disabled={regions.length === 0}
        onChange={(e) => {
          const [region, keyId] = e.target.value.split('|');
          inspectKey(region && keyId ? { region, keyId } : undefined);
        }}
        className={FIELD}
      >
        <option value="">{regions.length === 0 ? t('inspector.noKeys') : '—'}</option>
        {regions.map((region) => (
          <optgroup key={region.code} label={regionLabel(t, region.code)}>
            {region.keys.map((key) => (
              <option key={key.keyId} value={`${region.code}|${key.keyId}`}>
                {[keyLabel(key), t(`keyState.${key.state}`), key.description]
                  .filter(Boolean)
                  .join(' · ')}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

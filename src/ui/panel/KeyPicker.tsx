import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { keyLabel } from '../../graph';
import { encryptionKeys } from '../../store/playgroundSlice';
import { useApp } from '../app/useApp';
import { FIELD, HINT, LABEL } from './styles';

/** The KMS key to encrypt with, among the selected Region's symmetric encryption keys. */
export function KeyPicker() {
  const { t } = useTranslation();
  const id = useId();
  const view = useApp((s) => s.view);
  const region = useApp((s) => s.selectedRegion);
  const selectedKeyId = useApp((s) => s.selectedKeyId);
  const selectKey = useApp((s) => s.selectKey);
  const keys = useMemo(() => encryptionKeys(view, region), [view, region]);
  const selected = keys.find((k) => k.keyId === selectedKeyId);
  const none = keys.length === 0;

  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {t('panel.encrypt.key')}
      </label>
      <select
        id={id}
        value={selected?.keyId ?? ''}
        onChange={(e) => selectKey(e.target.value)}
        disabled={none}
        aria-describedby={`${id}-note`}
        className={FIELD}
      >
        {!selected && (
          <option value="" disabled>
            {none ? '—' : t('panel.encrypt.chooseKey')}
          </option>
        )}
        {keys.map((key) => (
          <option key={key.keyId} value={key.keyId}>
            {[keyLabel(key), t(`keyState.${key.state}`), key.description]
              .filter(Boolean)
              .join(' · ')}
          </option>
        ))}
      </select>
      <p id={`${id}-note`} className={`mt-1 break-all ${HINT} ${selected ? 'font-mono' : ''}`}>
        {none ? t('panel.encrypt.noKeys') : selected?.arn}
      </p>
    </div>
  );
}

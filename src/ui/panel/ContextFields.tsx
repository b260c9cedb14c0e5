import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContextPair } from '../format/encryptionContext';
import { FIELD, HINT, LABEL } from './styles';

/** One optional encryption-context pair (key and value). */
export function ContextFields({
  value,
  onChange,
  showHint = false,
  disabled = false,
}: {
  value: ContextPair;
  onChange: (pair: ContextPair) => void;
  showHint?: boolean;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset
      disabled={disabled}
      aria-describedby={showHint ? `${id}-hint` : undefined}
      className="space-y-2"
    >
      <legend className={LABEL}>{t('panel.context.legend')}</legend>
      {showHint && (
        <p id={`${id}-hint`} className={HINT}>
          {t('panel.context.hint')}
        </p>
      )}
      <div className="grid grid-cols-2 gap-2">
        <div>
          <label htmlFor={`${id}-name`} className="block text-xs text-slate-700">
            {t('panel.context.name')}
          </label>
          <input
            id={`${id}-name`}
            value={value.name}
            onChange={(e) => onChange({ ...value, name: e.target.value })}
            className={FIELD}
          />
        </div>
        <div>
          <label htmlFor={`${id}-value`} className="block text-xs text-slate-700">
            {t('panel.context.value')}
          </label>
          <input
            id={`${id}-value`}
            value={value.value}
            onChange={(e) => onChange({ ...value, value: e.target.value })}
            className={FIELD}
          />
        </div>
      </div>
    </fieldset>
  );
}

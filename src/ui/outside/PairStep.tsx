import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { keyLabel } from '../../graph';
import { PAIR_SPECS, type PairUsage } from '../../store';
import { useApp } from '../app/useApp';
import { RegionPicker } from '../panel/RegionPicker';
import { StepHeading } from '../panel/StepHeading';
import { FIELD, HINT, LABEL, PRIMARY_BUTTON, STEP } from '../panel/styles';
import { OutsideFailure } from './OutsideFailure';
import { RoleTag } from './RoleTag';
import { usePairKeys } from './usePairKeys';

/** Step 1: the key pair — one of the Region's, or a new one of any spec (CreateKey). */
export function PairStep() {
  const { t } = useTranslation();
  const id = useId();
  const { keys, selected } = usePairKeys();
  const selectPairKey = useApp((s) => s.selectPairKey);
  const createKeyPair = useApp((s) => s.createKeyPair);
  const busy = useApp((s) => s.outsideBusy === 'CreateKey');
  const [spec, setSpec] = useState(PAIR_SPECS[0]!.spec);
  const usages = PAIR_SPECS.find((p) => p.spec === spec)?.usages ?? [];
  const [usage, setUsage] = useState<PairUsage>('ENCRYPT_DECRYPT');
  const chosenUsage = usages.includes(usage) ? usage : usages[0]!;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) void createKeyPair(spec, chosenUsage);
  };

  return (
    <form aria-labelledby={`${id}-title`} aria-busy={busy} onSubmit={submit} className={STEP}>
      <StepHeading id={`${id}-title`} step={1}>
        {t('outside.pair.title')}
      </StepHeading>
      <RoleTag role="owner" />
      <RegionPicker />
      <div>
        <label htmlFor={`${id}-key`} className={LABEL}>
          {t('outside.pair.key')}
        </label>
        <select
          id={`${id}-key`}
          value={selected?.keyId ?? ''}
          onChange={(e) => selectPairKey(e.target.value)}
          disabled={keys.length === 0}
          aria-describedby={`${id}-key-note`}
          className={FIELD}
        >
          {!selected && (
            <option value="" disabled>
              {keys.length === 0 ? '—' : t('outside.pair.choose')}
            </option>
          )}
          {keys.map((key) => (
            <option key={key.keyId} value={key.keyId}>
              {[keyLabel(key), key.keySpec, key.keyUsage, t(`keyState.${key.state}`)].join(' · ')}
            </option>
          ))}
        </select>
        <p id={`${id}-key-note`} className={`mt-1 break-all ${HINT}`}>
          {selected ? <span className="font-mono">{selected.arn}</span> : t('outside.pair.none')}
        </p>
      </div>
      <div className="grid gap-3">
        <div>
          <label htmlFor={`${id}-spec`} className={LABEL}>
            {t('outside.pair.spec')}
          </label>
          <select
            id={`${id}-spec`}
            value={spec}
            onChange={(e) =>
              setSpec(PAIR_SPECS.find((p) => p.spec === e.target.value)?.spec ?? spec)
            }
            className={`${FIELD} font-mono`}
          >
            {PAIR_SPECS.map((p) => (
              <option key={p.spec} value={p.spec}>
                {p.spec}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-usage`} className={LABEL}>
            {t('outside.pair.usage')}
          </label>
          <select
            id={`${id}-usage`}
            value={chosenUsage}
            onChange={(e) => setUsage(usages.find((u) => u === e.target.value) ?? chosenUsage)}
            className={FIELD}
          >
            {usages.map((u) => (
              <option key={u} value={u}>
                {t(`outside.pair.usages.${u}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {spec === 'RSA_4096' && <p className={HINT}>{t('outside.pair.slow')}</p>}
      <button type="submit" disabled={busy} className={PRIMARY_BUTTON}>
        {t('outside.pair.create')}
      </button>
      <OutsideFailure step="CreateKey" />
    </form>
  );
}

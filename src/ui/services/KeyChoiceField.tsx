import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwsServiceName } from '../../engine';
import { keyLabel } from '../../graph';
import { FIELD, HINT, LABEL } from '../panel/styles';
import type { ChosenKey, KeyChoice } from './specs';
import { useCustomerKeys } from './useCustomerKeys';

/**
 * The key a service encrypts under: its AWS managed key (aws/<service>), one of the
 * customer's symmetric keys, or — for S3 — an AWS owned key (SSE-S3).
 */
export function KeyChoiceField({
  service,
  choices,
  value,
  onChange,
}: {
  service: AwsServiceName;
  choices: readonly KeyChoice[];
  value: ChosenKey;
  onChange: (value: ChosenKey) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const keys = useCustomerKeys();
  const chosen = keys.find((k) => k.keyId === value.keyId);
  const choiceText = (choice: KeyChoice) =>
    service === 's3'
      ? t(`services.encryption.s3.${choice}`)
      : choice === 'managed'
        ? t('services.encryption.managed', { alias: `aws/${service}` })
        : t('services.encryption.customer');
  return (
    <>
      <div>
        <label htmlFor={`${id}-choice`} className={LABEL}>
          {t('services.encryption.label')}
        </label>
        <select
          id={`${id}-choice`}
          value={value.choice}
          onChange={(e) => {
            const choice = choices.find((c) => c === e.target.value) ?? value.choice;
            onChange({ choice, keyId: value.keyId ?? keys.at(-1)?.keyId });
          }}
          className={FIELD}
        >
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {choiceText(choice)}
            </option>
          ))}
        </select>
      </div>
      {value.choice === 'customer' && (
        <div>
          <label htmlFor={`${id}-key`} className={LABEL}>
            {t('services.encryption.customerKey')}
          </label>
          <select
            id={`${id}-key`}
            value={chosen?.keyId ?? ''}
            onChange={(e) => onChange({ choice: 'customer', keyId: e.target.value })}
            disabled={keys.length === 0}
            aria-describedby={`${id}-key-note`}
            className={FIELD}
          >
            {!chosen && (
              <option value="" disabled>
                —
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
          <p id={`${id}-key-note`} className={`mt-1 break-all ${HINT}`}>
            {keys.length === 0 ? (
              t('services.encryption.noCustomerKeys')
            ) : (
              <span className="font-mono">{chosen?.arn}</span>
            )}
          </p>
        </div>
      )}
    </>
  );
}

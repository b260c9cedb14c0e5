import { useTranslation } from 'react-i18next';
import type { ServiceAction, ServiceOutcome } from '../../engine';
import { errorKey } from '../format/errorKey';

/** The last answer of a service, or that the lab does not simulate that service yet. */
export type ShownOutcome =
  { kind: 'outcome'; outcome: ServiceOutcome } | { kind: 'unavailable'; action: ServiceAction };

/** An answer's members as `name → text`, nested members dotted (`Parameter.Value`). */
export function outputEntries(output: Record<string, unknown>, prefix = ''): [string, string][] {
  return Object.entries(output).flatMap(([name, value]): [string, string][] => {
    if (value === undefined || value === null) return [];
    if (typeof value === 'object' && !(value instanceof Uint8Array) && !Array.isArray(value))
      return outputEntries(value as Record<string, unknown>, `${prefix}${name}.`);
    return [[prefix + name, typeof value === 'string' ? value : JSON.stringify(value)]];
  });
}

/** The services' own error codes explained, by the text's key (i18next keys take no dots). */
const SERVICE_ERRORS = {
  NoSuchKey: 'NoSuchKey',
  InvalidBucketName: 'InvalidBucketName',
  KeyTooLongError: 'KeyTooLongError',
  'InvalidVolume.NotFound': 'InvalidVolumeNotFound',
  'InvalidInstanceID.Malformed': 'InvalidInstanceIdMalformed',
  InvalidParameterValue: 'InvalidParameterValue',
  DBInstanceNotFound: 'DBInstanceNotFound',
  DBInstanceAlreadyExists: 'DBInstanceAlreadyExists',
  ParameterNotFound: 'ParameterNotFound',
  ParameterAlreadyExists: 'ParameterAlreadyExists',
  ResourceNotFoundException: 'ResourceNotFoundException',
  ResourceExistsException: 'ResourceExistsException',
  ValidationException: 'ValidationException',
} as const;
const serviceErrorKey = (code: string) =>
  Object.hasOwn(SERVICE_ERRORS, code)
    ? SERVICE_ERRORS[code as keyof typeof SERVICE_ERRORS]
    : undefined;

/**
 * What the service answered: its response members and the KMS calls it made for it; or its
 * error code, the KMS exception behind it explained in plain words, and AWS's message.
 */
export function OutcomeView({ shown }: { shown: ShownOutcome }) {
  const { t } = useTranslation();
  if (shown.kind === 'unavailable')
    return (
      <div
        role="alert"
        className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
      >
        <p className="font-semibold">{t(`services.failed.${shown.action}`)}</p>
        <p className="mt-1">{t('services.outcome.unavailable')}</p>
      </div>
    );
  const { outcome } = shown;
  const calls = outcome.calls.map((c) => c.operation);
  const callsLine = (
    <p className="mt-2 text-xs">
      {calls.length > 0
        ? t('services.outcome.calls', { list: calls.join(', ') })
        : t('services.outcome.noCalls')}
    </p>
  );
  const { error } = outcome;
  if (error) {
    const explained = serviceErrorKey(error.code);
    const details = Object.entries(error.details ?? {});
    return (
      <div
        role="alert"
        className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
      >
        <p className="font-semibold">
          {t('services.outcome.heading', {
            failed: t(`services.failed.${outcome.action}`),
            code: error.code,
          })}
        </p>
        {error.kms ? (
          <p className="mt-1">
            {t('services.outcome.kms', {
              name: error.kms.name,
              explain: t(`errors.explain.${errorKey(error.kms.name)}`),
            })}
          </p>
        ) : (
          explained && <p className="mt-1">{t(`services.serviceErrors.${explained}`)}</p>
        )}
        {details.length > 0 && (
          <p className="mt-1">
            {t('services.outcome.details', {
              list: details.map(([name, value]) => `${name}: ${value}`).join(', '),
            })}
          </p>
        )}
        <p className="mt-2 font-mono text-xs break-words text-red-800">
          {t('services.outcome.awsMessage', { message: error.message })}
        </p>
        {callsLine}
      </div>
    );
  }
  const entries = outputEntries(outcome.output ?? {});
  return (
    <div
      role="status"
      className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-950"
    >
      <p className="font-semibold">{t(`services.done.${outcome.action}`)}</p>
      {entries.length > 0 && (
        <dl aria-label={t('services.outcome.response')} className="mt-2 space-y-1">
          {entries.map(([name, value]) => (
            <div key={name}>
              <dt className="font-mono text-xs text-emerald-900">{name}</dt>
              <dd className="font-mono text-xs break-all whitespace-pre-wrap">{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {callsLine}
    </div>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyView } from '../../engine';
import { regionLabel } from '../format/regionName';
import { CopyText } from '../side/CopyText';
import { formatDate } from '../format/dates';
import { ErrorBox } from '../format/ErrorBox';
import { FIELD, LABEL } from '../side/styles';
import { ActionButton } from './ActionButton';
import { unavailable } from './availability';
import { Field } from './Field';
import { MultiRegionSection } from './MultiRegionSection';
import type { KeyDetails } from './useKeyDetails';
import { useAction } from './useAction';

/** General configuration: ARN, key id, aliases, state, creation date, description. */
export function GeneralTab({ keyView, details }: { keyView: KeyView; details: KeyDetails }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const meta = details.metadata;
  const arn = meta?.Arn ?? keyView.arn;
  const [description, setDescription] = useState(meta?.Description ?? '');
  const { run, error, busy } = useAction(keyView.region);
  const tooLong = description.length > 8192;
  return (
    <div className="space-y-4">
      <dl className="grid gap-3">
        <Field term={t('inspector.general.arn')}>
          <span className="font-mono text-xs">{arn}</span>
          <span className="mt-1 block">
            <CopyText text={arn} label={t('inspector.general.copyArn')} />
          </span>
        </Field>
        <Field term={t('inspector.general.keyId')}>
          <span className="font-mono text-xs">{meta?.KeyId ?? keyView.keyId}</span>
        </Field>
        <Field term={t('inspector.general.region')}>{regionLabel(t, keyView.region)}</Field>
        <Field term={t('inspector.general.aliases')}>
          {keyView.aliases.length ? keyView.aliases.join(', ') : t('inspector.none')}
        </Field>
        <Field term={t('inspector.general.state')}>
          {t(`keyState.${keyView.state}`)} ({meta?.KeyState ?? keyView.state})
        </Field>
        {meta?.DeletionDate && (
          <Field term={t('inspector.general.deletionDate')}>
            {formatDate(i18n.language, meta.DeletionDate)}
          </Field>
        )}
        <Field term={t('inspector.general.created')}>
          {formatDate(i18n.language, meta?.CreationDate ?? keyView.createdAt)}
        </Field>
        <Field term={t('inspector.general.description')}>
          {meta?.Description || t('inspector.none')}
        </Field>
      </dl>
      <div className="space-y-2">
        <label htmlFor={`${id}-description`} className={LABEL}>
          {t('inspector.general.newDescription')}
        </label>
        <textarea
          id={`${id}-description`}
          value={description}
          rows={2}
          onChange={(e) => setDescription(e.target.value)}
          aria-invalid={tooLong || undefined}
          className={FIELD}
        />
        <ActionButton
          unavailable={unavailable('UpdateKeyDescription', keyView)}
          busy={busy}
          invalid={tooLong}
          onClick={() =>
            void run('UpdateKeyDescription', { KeyId: keyView.keyId, Description: description })
          }
        >
          {t('inspector.general.updateDescription')}
        </ActionButton>
        {error && <ErrorBox error={error} />}
      </div>
      {keyView.multiRegion && <MultiRegionSection keyView={keyView} />}
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwsServiceName, ServiceRequest } from '../../engine';
import { useApp } from '../app/useApp';
import { KeyChoiceField } from './KeyChoiceField';
import { OutcomeView, type ShownOutcome } from './OutcomeView';
import { ServiceForm } from './ServiceForm';
import { initialValues, SERVICE_FORMS, type ChosenKey, type Values } from './specs';
import { StoredList } from './StoredList';
import { useCustomerKeys } from './useCustomerKeys';

/**
 * One service: the form that stores something under the chosen key, the form that reads it
 * back, the service's last answer, and what it keeps in the Region. Requests go to the
 * Region selected in the app, as the identity acted as.
 */
export function ServiceArea({ service }: { service: AwsServiceName }) {
  const { t } = useTranslation();
  const forms = SERVICE_FORMS[service];
  const askService = useApp((s) => s.askService);
  const region = useApp((s) => s.selectedRegion);
  const keys = useCustomerKeys();
  const [writeValues, setWriteValues] = useState<Values>(() => initialValues(forms.write.fields));
  const [readValues, setReadValues] = useState<Values>(() => initialValues(forms.read.fields));
  const [key, setKey] = useState<ChosenKey>({ choice: forms.keyChoices[0] ?? 'managed' });
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<ShownOutcome | undefined>();
  // The customer key sent: the one chosen while it is still in the Region, else the newest.
  const keyId = keys.some((k) => k.keyId === key.keyId) ? key.keyId : keys.at(-1)?.keyId;

  const send = async (request: ServiceRequest, after?: (shown: ShownOutcome) => void) => {
    setBusy(true);
    try {
      const outcome = await askService(request, region);
      const next: ShownOutcome = { kind: 'outcome', outcome };
      setShown(next);
      after?.(next);
    } catch {
      // A service whose handlers the engine does not have yet.
      setShown({ kind: 'unavailable', action: request.action });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="space-y-4">
      <ServiceForm
        title={t(`services.forms.${service}.write`)}
        action={forms.write.action}
        fields={forms.write.fields}
        values={writeValues}
        onChange={setWriteValues}
        busy={busy}
        extraProblem={() =>
          key.choice === 'customer' && keyId === undefined ? 'chooseKey' : undefined
        }
        onSend={() =>
          void send(forms.writeRequest(writeValues, { choice: key.choice, keyId }), (next) => {
            if (next.kind === 'outcome' && !next.outcome.error)
              setReadValues({
                ...readValues,
                ...forms.readAfterWrite(writeValues, next.outcome.output),
              });
          })
        }
      >
        <KeyChoiceField
          service={service}
          choices={forms.keyChoices}
          value={{ choice: key.choice, keyId }}
          onChange={setKey}
        />
      </ServiceForm>
      <ServiceForm
        title={t(`services.forms.${service}.read`)}
        action={forms.read.action}
        fields={forms.read.fields}
        values={readValues}
        onChange={setReadValues}
        busy={busy}
        onSend={() => void send(forms.readRequest(readValues))}
      />
      <div aria-label={t('services.outcome.label')} role="region">
        {shown && <OutcomeView shown={shown} />}
      </div>
      <StoredList
        service={service}
        title={t('services.stored.title', { service: t(`services.names.${service}`) })}
        onPick={(item) => setReadValues({ ...readValues, ...forms.readOfStored(item) })}
      />
    </div>
  );
}

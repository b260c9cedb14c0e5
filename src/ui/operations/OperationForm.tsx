import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationRecord, RegionCode } from '../../engine';
import { refusalOf, type OperationName } from '../../store/operationsCatalog';
import { errorKey } from '../format/errorKey';
import { useApp } from '../app/useApp';
import { regionLabel } from '../format/regionName';
import { ErrorBox } from '../format/ErrorBox';
import { CARD, FIELD, HINT, LABEL, PRIMARY_BUTTON } from '../side/styles';
import { descriptorOf, type FieldSpec } from './descriptors';
import { FieldInput } from './FieldInput';
import { ResultView } from './ResultView';
import { checkForm, toInput, type FieldValue, type FormValues } from './validate';

function initialValues(fields: readonly FieldSpec[], keyId: string | undefined): FormValues {
  const values: Record<string, FieldValue> = {};
  for (const f of fields) {
    if (f.kind === 'keyId' && (f.member === 'KeyId' || f.member === 'TargetKeyId') && keyId)
      values[f.member] = keyId;
    else if (f.kind === 'context' || f.kind === 'tags') values[f.member] = [];
    else if (f.kind === 'flags') values[f.member] = [];
    else if (f.kind === 'boolean') values[f.member] = false;
    else if (f.kind === 'alias') values[f.member] = 'alias/';
    else values[f.member] = '';
  }
  return values;
}

/** One operation's form: its members as fields, checked as the user types; then its result. */
export function OperationForm({ name }: { name: OperationName }) {
  const { t } = useTranslation();
  const id = useId();
  const descriptor = descriptorOf(name);
  const inspected = useApp((s) => s.inspected);
  const defaultRegion = useApp((s) => s.selectedRegion);
  const regions = useApp((s) => s.kms.regions);
  const call = useApp((s) => s.call);
  const [region, setRegion] = useState<string>(inspected?.region ?? defaultRegion);
  const [values, setValues] = useState(() => initialValues(descriptor.fields, inspected?.keyId));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [advanced, setAdvanced] = useState(false);
  const [busy, setBusy] = useState(false);
  const [record, setRecord] = useState<OperationRecord>();
  const problems = useMemo(() => checkForm(descriptor, values), [descriptor, values]);
  const invalid = Object.keys(problems).length > 0;
  const keyIds = useApp((s) => s.view.regions.find((r) => r.code === region));
  const suggestions = useMemo(
    () => [
      ...(keyIds?.keys.map((k) => k.keyId) ?? []),
      ...(keyIds?.aliases.map((a) => a.name) ?? []),
    ],
    [keyIds],
  );

  const target = String(values.KeyId ?? values.DestinationKeyId ?? '');
  const targetKey = keyIds?.keys.find(
    (k) => target && (k.keyId === target || k.arn === target || k.aliases.includes(target)),
  );
  const refusal = targetKey && refusalOf(name, targetKey);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(new Set(descriptor.fields.map((f) => f.member)));
    // The last result belongs to the last input: never leave it under a new one.
    setRecord(undefined);
    // aria-disabled keeps the button focusable, so a second submit must be refused here.
    if (invalid || busy) return;
    setBusy(true);
    const input = toInput(descriptor, values);
    const done = await call(name, input as never, region as RegionCode);
    setRecord(done);
    setBusy(false);
  };

  const shown = descriptor.fields.filter((f) => !f.advanced || advanced);
  const hasAdvanced = descriptor.fields.some((f) => f.advanced);

  return (
    <form
      aria-labelledby={`${id}-title`}
      aria-busy={busy}
      noValidate
      onSubmit={(e) => void submit(e)}
      className={CARD}
    >
      <div>
        <h3 id={`${id}-title`} className="font-mono text-base font-semibold">
          {name}
        </h3>
        <p className="text-sm text-slate-700">{t(`operations.summary.${name}`)}</p>
      </div>
      <div>
        <label htmlFor={`${id}-region`} className={LABEL}>
          {t('operations.region')}
        </label>
        <select
          id={`${id}-region`}
          value={region}
          onChange={(e) => setRegion(e.target.value)}
          className={FIELD}
        >
          {regions.map((code) => (
            <option key={code} value={code}>
              {regionLabel(t, code)}
            </option>
          ))}
        </select>
      </div>
      <datalist id={`${id}-keys`}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {shown.length === 0 && <p className={HINT}>{t('operations.noFields')}</p>}
      {shown.map((field) => (
        <FieldInput
          key={field.member}
          operation={name}
          field={field}
          values={values}
          problem={touched.has(field.member) ? problems[field.member] : undefined}
          listId={`${id}-keys`}
          onChange={(value) => {
            setValues((v) => ({ ...v, [field.member]: value }));
            setTouched((s) => new Set(s).add(field.member));
          }}
        />
      ))}
      {hasAdvanced && (
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            checked={advanced}
            onChange={(e) => setAdvanced(e.target.checked)}
          />
          {t('operations.showAdvanced')}
        </label>
      )}
      {descriptor.omitted.length > 0 && (
        <p className={HINT}>
          {t('operations.omitted', { members: descriptor.omitted.join(', ') })}
        </p>
      )}
      {refusal && (
        <p className="rounded-md border border-amber-400 bg-amber-50 p-2 text-xs text-amber-950">
          {t('operations.willRefuse', {
            name: refusal.name,
            explanation: t(`errors.explain.${errorKey(refusal.name)}`),
          })}
        </p>
      )}
      <button type="submit" aria-disabled={busy || undefined} className={PRIMARY_BUTTON}>
        {t('operations.run', { name })}
      </button>
      {record?.error && (
        <ErrorBox
          error={{ operation: name, name: record.error.name, message: record.error.message }}
        />
      )}
      {record && !record.error && <ResultView operation={name} output={record.output} />}
    </form>
  );
}

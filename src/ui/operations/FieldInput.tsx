import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationName } from '../../store/operationsCatalog';
import { problemText } from './problemText';
import { FIELD, HINT, LABEL, SMALL_BUTTON } from '../side/styles';
import type { FieldSpec } from './descriptors';
import { memberHintKey } from './memberHint';
import {
  messageEncoding,
  type FieldValue,
  type FormValues,
  type Pair,
  type Problem,
} from './validate';

/** One member of an operation's input, as the control its kind needs, with its live problem. */
export function FieldInput({
  operation,
  field,
  values,
  problem,
  listId,
  onChange,
}: {
  operation: OperationName;
  field: FieldSpec;
  /** The whole form: one member can decide how another is read (MessageType, Message). */
  values: FormValues;
  problem: Problem | undefined;
  listId: string;
  onChange: (value: FieldValue) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const value = values[field.member];
  const hintKey = memberHintKey(operation, field.member, values);
  const hint = hintKey ? t(hintKey) : undefined;
  const label = (
    <>
      <span className="font-mono">{field.member}</span>
      {field.required && <span className="text-slate-700"> ({t('operations.required')})</span>}
    </>
  );
  const described = [hint && `${id}-hint`, problem && `${id}-problem`].filter(Boolean).join(' ');
  const common = {
    id,
    'aria-describedby': described || undefined,
    'aria-invalid': problem ? true : undefined,
    'aria-required': field.required || undefined,
  } as const;
  const text = typeof value === 'string' ? value : '';

  const notes = (
    <>
      {hint && (
        <p id={`${id}-hint`} className={`mt-1 ${HINT}`}>
          {hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className="mt-1 text-xs font-medium text-red-800">
          {problemText(t, problem)}
        </p>
      )}
    </>
  );

  if (field.kind === 'boolean') {
    return (
      <div>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            {...common}
            checked={value === true}
            onChange={(e) => onChange(e.target.checked)}
          />
          {label}
        </label>
        {notes}
      </div>
    );
  }

  if (field.kind === 'context' || field.kind === 'tags') {
    const rows = Array.isArray(value) ? (value as Pair[]) : [];
    const shownRows = rows.length ? rows : [{ name: '', value: '' }];
    const set = (index: number, row: Pair) =>
      onChange(shownRows.map((r, i) => (i === index ? row : r)));
    return (
      <fieldset aria-describedby={described || undefined} className="space-y-2">
        <legend className={LABEL}>{label}</legend>
        {shownRows.map((row, index) => (
          <div key={index} className="grid grid-cols-[1fr_1fr_auto] items-end gap-2">
            <div>
              <label htmlFor={`${id}-k${index}`} className="block text-xs text-slate-700">
                {t('operations.rowKey', { n: index + 1 })}
              </label>
              <input
                id={`${id}-k${index}`}
                value={row.name}
                onChange={(e) => set(index, { ...row, name: e.target.value })}
                className={FIELD}
              />
            </div>
            <div>
              <label htmlFor={`${id}-v${index}`} className="block text-xs text-slate-700">
                {t('operations.rowValue', { n: index + 1 })}
              </label>
              <input
                id={`${id}-v${index}`}
                value={row.value}
                onChange={(e) => set(index, { ...row, value: e.target.value })}
                className={FIELD}
              />
            </div>
            <button
              type="button"
              onClick={() => onChange(shownRows.filter((_, i) => i !== index))}
              className={SMALL_BUTTON}
            >
              {t('operations.removeRow', { n: index + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => onChange([...shownRows, { name: '', value: '' }])}
          className={SMALL_BUTTON}
        >
          {t('operations.addRow')}
        </button>
        {notes}
      </fieldset>
    );
  }

  if (field.kind === 'flags') {
    const flags = Array.isArray(value) ? (value as string[]) : [];
    return (
      <fieldset aria-describedby={described || undefined}>
        <legend className={LABEL}>{label}</legend>
        {field.values?.map((flag) => (
          <label key={flag} className="flex items-center gap-2 font-mono text-sm">
            <input
              type="checkbox"
              checked={flags.includes(flag)}
              onChange={(e) =>
                onChange(e.target.checked ? [...flags, flag] : flags.filter((f) => f !== flag))
              }
            />
            {flag}
          </label>
        ))}
        {notes}
      </fieldset>
    );
  }

  let control;
  if (field.kind === 'enum') {
    control = (
      <select {...common} value={text} onChange={(e) => onChange(e.target.value)} className={FIELD}>
        <option value="">{field.required ? '—' : t('operations.default')}</option>
        {field.values?.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    );
  } else if (['plaintext', 'message', 'ciphertext', 'policy', 'lines'].includes(field.kind)) {
    // Text the user reads in a proportional font; bytes (base64) and code in monospace.
    const asText =
      field.kind === 'plaintext' ||
      (field.kind === 'message' && messageEncoding(values) === 'text');
    control = (
      <textarea
        {...common}
        value={text}
        rows={field.kind === 'policy' ? 10 : 3}
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
        className={`${FIELD} ${asText ? '' : 'font-mono text-xs'}`}
      />
    );
  } else {
    control = (
      <input
        {...common}
        value={text}
        inputMode={field.kind === 'integer' ? 'numeric' : undefined}
        list={field.kind === 'keyId' ? listId : undefined}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
        className={`${FIELD} ${field.kind === 'keyId' || field.kind === 'alias' ? 'font-mono' : ''}`}
      />
    );
  }
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      {control}
      {notes}
    </div>
  );
}

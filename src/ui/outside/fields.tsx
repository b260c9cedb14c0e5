/**
 * The form pieces the "Outside AWS" steps share: a labelled text area, a labelled algorithm
 * select, and a produced value (ciphertext, signature) with its caption and a copy button.
 */
import { useId } from 'react';
import { FIELD, HINT, LABEL } from '../panel/styles';
import { CopyText } from '../side/CopyText';

export function TextField({
  label,
  value,
  onChange,
  rows = 2,
  hint,
  mono = false,
  invalid = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  hint?: string;
  mono?: boolean;
  invalid?: boolean;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <textarea
        id={id}
        value={value}
        rows={rows}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={`${FIELD} ${mono ? 'font-mono text-xs' : ''}`}
      />
      {hint && (
        <p id={`${id}-hint`} className={`mt-1 ${HINT}`}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** A select of algorithm names as KMS spells them; `hint` says what the choice implies. */
export function AlgorithmSelect<A extends string>({
  label,
  algorithms,
  value,
  onChange,
  hint,
}: {
  label: string;
  algorithms: readonly A[];
  value: A;
  onChange: (value: A) => void;
  hint?: string;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(algorithms.find((a) => a === e.target.value) ?? value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={`${FIELD} font-mono`}
      >
        {algorithms.map((a) => (
          <option key={a} value={a}>
            {a}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className={`mt-1 ${HINT}`}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** What a step produced, read-only and labelled by its caption (a live status), with copy. */
export function ProducedValue({
  caption,
  value,
  copyLabel,
  rows,
}: {
  caption: string;
  value: string;
  copyLabel: string;
  rows: number;
}) {
  const id = useId();
  return (
    <div className="space-y-2">
      <p id={id} role="status" className="text-sm text-emerald-800">
        {caption}
      </p>
      <textarea
        readOnly
        value={value}
        rows={rows}
        aria-labelledby={id}
        className={`${FIELD} font-mono text-xs`}
      />
      <CopyText text={value} label={copyLabel} />
    </div>
  );
}

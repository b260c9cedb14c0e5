import { useCallback, useState } from 'react';
import type { OperationInput, OperationName, OperationOutput } from '../../engine';
import { useApp } from '../app/useApp';
import type { ShownError } from '../format/ErrorBox';

/**
 * One KMS call at a time for a part of the CloudHSM section, in the selected Region, as the
 * identity acted as: resolves to the output (undefined on a refusal) and keeps the refusal to
 * show where the action was asked for.
 */
export function useKmsCall() {
  const call = useApp((s) => s.call);
  const region = useApp((s) => s.selectedRegion);
  const [error, setError] = useState<ShownError>();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <K extends OperationName>(
      operation: K,
      input: OperationInput<K>,
    ): Promise<OperationOutput<K> | undefined> => {
      setBusy(true);
      setError(undefined);
      try {
        const record = await call(operation, input, region);
        if (record.error) {
          setError({ operation, name: record.error.name, message: record.error.message });
          return undefined;
        }
        return record.output;
      } finally {
        setBusy(false);
      }
    },
    [call, region],
  );
  return { run, error, busy, clearError: () => setError(undefined) };
}

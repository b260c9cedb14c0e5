import { useCallback, useState } from 'react';
import type {
  OperationInput,
  OperationName,
  OperationOutput,
  OperationRecord,
  RegionCode,
} from '../../engine';
import { useApp } from '../app/useApp';
import type { ShownError } from '../format/ErrorBox';

/**
 * Runs inspector actions in one Region and keeps the last failure to show. These are the
 * user's own actions, so unlike the reads that fill the tabs they play on the canvas.
 */
export function useAction(region: string) {
  const call = useApp((s) => s.call);
  const [error, setError] = useState<ShownError>();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <K extends OperationName>(
      operation: K,
      input: OperationInput<K>,
    ): Promise<OperationRecord<OperationOutput<K>>> => {
      setBusy(true);
      setError(undefined);
      const record = await call(operation, input, region as RegionCode);
      setBusy(false);
      if (record.error) {
        setError({ operation, name: record.error.name, message: record.error.message });
      }
      return record;
    },
    [call, region],
  );
  return { run, error, busy };
}

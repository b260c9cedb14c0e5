import type { PlaygroundOperation } from '../../store';
import { useApp } from '../app/useApp';
import { ErrorBox } from '../format/ErrorBox';

/** The last failure of one of the panel's operations, shown as every failed call is. */
export function FailureMessage({ operation }: { operation: PlaygroundOperation }) {
  const failure = useApp((s) => (s.failure?.operation === operation ? s.failure : undefined));
  return failure ? <ErrorBox error={failure} /> : null;
}

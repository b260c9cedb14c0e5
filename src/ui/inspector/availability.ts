import type { KeyView } from '../../engine';
import { refusalOf, type OperationName } from '../../store/operationsCatalog';

/** Why an action is not offered: KMS would refuse it, or it would change nothing. */
export type Unavailable =
  | { kind: 'refused'; name: string; message: string }
  | { kind: 'noEffect'; reason: 'alreadyEnabled' | 'alreadyDisabled' | 'rotationOff' };

/** Whether `operation` can act on `key` now, and if not, why — KMS's own answer first. */
export function unavailable(
  operation: OperationName,
  key: Pick<KeyView, 'state' | 'arn' | 'rotation'>,
): Unavailable | undefined {
  const refused = refusalOf(operation, key);
  if (refused) return { kind: 'refused', ...refused };
  if (operation === 'EnableKey' && key.state === 'Enabled')
    return { kind: 'noEffect', reason: 'alreadyEnabled' };
  if (operation === 'DisableKey' && key.state === 'Disabled')
    return { kind: 'noEffect', reason: 'alreadyDisabled' };
  if (operation === 'DisableKeyRotation' && !key.rotation.enabled)
    return { kind: 'noEffect', reason: 'rotationOff' };
  return undefined;
}

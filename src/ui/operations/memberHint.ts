/**
 * Which hint goes under a member's field. Mostly one per member name, but a name can mean
 * different things in different operations (CreateKey's KeySpec is the key's type,
 * GenerateDataKey's the data key's length), and a Message is read as MessageType says.
 */
import { operationsEs } from '../../i18n/features/operations.es';
import type { OperationName } from '../../store/operationsCatalog';
import type { FormValues } from './validate';

type MemberHint = keyof typeof operationsEs.members;
type CreateKeyHint = keyof typeof operationsEs.createKeyMembers;

export type HintKey =
  | `operations.members.${MemberHint}`
  | `operations.createKeyMembers.${CreateKeyHint}`
  | `operations.message.${keyof typeof operationsEs.message}`;

const isIn = <T extends object>(table: T, member: string): member is Extract<keyof T, string> =>
  Object.hasOwn(table, member);

/** The text key of the hint for `member` of `operation`, given the form's values; or none. */
export function memberHintKey(
  operation: OperationName,
  member: string,
  values: FormValues,
): HintKey | undefined {
  if (member === 'Message') {
    if (values.MessageType === 'DIGEST') return 'operations.message.digest';
    if (values.MessageType === 'EXTERNAL_MU') return 'operations.message.externalMu';
    return 'operations.message.text';
  }
  if (operation === 'CreateKey' && isIn(operationsEs.createKeyMembers, member))
    return `operations.createKeyMembers.${member}`;
  if (isIn(operationsEs.members, member)) return `operations.members.${member}`;
  return undefined;
}

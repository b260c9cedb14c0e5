import type { TFunction } from 'i18next';
import type { Caption } from '../../graph';

/**
 * i18next types each key's placeholders; narration keys are chosen at run time, so this
 * looks them up untyped. captionText.test.ts checks every key exists and fills completely.
 */
type LooseT = (key: string, values?: Record<string, unknown>) => string;

/** A key's name as the canvas shows it (its alias), or undefined to keep its short id. */
export type KeyNamer = (keyId: string) => string | undefined;

/**
 * A principal as the canvas names it: the account's root user in words, any other principal
 * by the last part of its ARN (a role's or a user's name).
 */
function actorText(lookup: LooseT, arn: string): string {
  if (arn.endsWith(':root')) return lookup('narration.actors.root');
  return arn.split(/[:/]/).pop() || arn;
}

/**
 * A narration caption in the reader's language. The caller is named as on the canvas; a key
 * by `keyName` (the name its node shows) when given and known, else by its short id; a key
 * state as the glossary says, in lower case as a word mid-sentence, then its API value
 * ("está habilitada (Enabled)", "is enabled (Enabled)").
 */
export function captionText(t: TFunction, caption: Caption, keyName?: KeyNamer): string {
  const lookup = t as unknown as LooseT;
  const { state, actor, keyId, ...values } = caption.values;
  const name = typeof keyId === 'string' ? keyName?.(keyId) : undefined;
  // "The alias alias/app points to the KMS key alias/app" would teach nothing: an alias
  // resolves to a key id, so that caption keeps the id when the key's name is that alias.
  const useName = name !== undefined && !(caption.key === 'resolveAlias' && name === values.alias);
  const stateLabel = state === undefined ? undefined : lookup(`keyState.${state}`);
  return lookup(`narration.${caption.key}`, {
    ...values,
    ...(useName ? { key: name } : {}),
    ...(actor === undefined ? {} : { actor: actorText(lookup, String(actor)) }),
    ...(stateLabel === undefined ? {} : { state: stateLabel.toLowerCase(), stateApi: state }),
  });
}

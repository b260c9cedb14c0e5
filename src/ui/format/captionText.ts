import type { TFunction } from 'i18next';
import type { Caption } from '../../graph';

/**
 * i18next types each key's placeholders; narration keys are chosen at run time, so this
 * looks them up untyped. captionText.test.ts checks every key exists and fills completely.
 */
type LooseT = (key: string, values?: Record<string, unknown>) => string;

/** A narration caption in the reader's language; a key state is named as the glossary says. */
export function captionText(t: TFunction, caption: Caption): string {
  const lookup = t as unknown as LooseT;
  const { state, ...values } = caption.values;
  return lookup(`narration.${caption.key}`, {
    ...values,
    ...(state === undefined ? {} : { state: lookup(`keyState.${state}`) }),
  });
}

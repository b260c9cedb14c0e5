import type { TFunction } from 'i18next';
import type { Problem } from './validate';

type Translate = (key: `operations.problems.${Problem['code']}`, options: object) => string;

/** A field's problem in the reader's language. */
export const problemText = (t: TFunction, problem: Problem): string =>
  (t as unknown as Translate)(`operations.problems.${problem.code}`, problem.params ?? {});

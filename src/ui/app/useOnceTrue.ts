import { useState } from 'react';

/**
 * False until `flag` is first true, then true for good. For a part loaded on first use (a
 * dialog): it is fetched when first needed, then stays mounted so it can close itself
 * properly (a modal <dialog> hands focus back on close, not on removal).
 */
export function useOnceTrue(flag: boolean): boolean {
  const [seen, setSeen] = useState(flag);
  if (flag && !seen) setSeen(true);
  return seen || flag;
}

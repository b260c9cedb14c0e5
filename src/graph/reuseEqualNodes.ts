import { plainEqual } from './plainEqual';

/**
 * Structural sharing across derivations: each new node equal to the previous node of the
 * same id is replaced by that previous object. React Flow skips nodes whose object did not
 * change, so after one key moves, the other 999 cost a comparison, not an update.
 */
export function reuseEqualNodes<N extends { id: string }>(previous: readonly N[], next: N[]): N[] {
  if (previous.length === 0) return next;
  const before = new Map(previous.map((n) => [n.id, n]));
  let changed = previous.length !== next.length;
  const out = next.map((node, i) => {
    const old = before.get(node.id);
    if (old && plainEqual(old, node)) {
      if (previous[i] !== old) changed = true;
      return old;
    }
    changed = true;
    return node;
  });
  return changed ? out : (previous as N[]);
}

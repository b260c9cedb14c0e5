/**
 * The player's keyboard shortcuts: one table, read by the key handler and by the help
 * dialog, so the help can never list a key that does nothing. Presenter remotes send
 * PageDown/PageUp (and sometimes arrows), so those step too.
 */
export type ShortcutAction =
  | 'playPause'
  | 'next'
  | 'previous'
  | 'replay'
  | 'skip'
  | 'slower'
  | 'faster'
  | 'motion'
  | 'presenter'
  | 'leavePresenter'
  | 'runView'
  | 'help';

/** The digit keys: the n-th of the course's diagrams (named views). */
export const VIEW_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

export const SHORTCUTS: readonly {
  action: ShortcutAction;
  keys: readonly string[];
  /** How the help shows the keys, when listing each would be too long. */
  shown?: string;
}[] = [
  { action: 'playPause', keys: [' ', 'k'] },
  { action: 'next', keys: ['ArrowRight', 'PageDown', 'l'] },
  { action: 'previous', keys: ['ArrowLeft', 'PageUp', 'j'] },
  { action: 'replay', keys: ['r', 'Home'] },
  { action: 'skip', keys: ['End'] },
  { action: 'slower', keys: ['-'] },
  { action: 'faster', keys: ['+'] },
  { action: 'motion', keys: ['m'] },
  { action: 'presenter', keys: ['p'] },
  { action: 'leavePresenter', keys: ['Escape'] },
  { action: 'runView', keys: VIEW_KEYS, shown: '1, 2, 3…' },
  { action: 'help', keys: ['?'] },
];

const BY_KEY = new Map(SHORTCUTS.flatMap(({ action, keys }) => keys.map((k) => [k, action])));
/** Keys some layouts send for the same shortcut. */
const ALIASES: Record<string, string> = {
  '=': '+',
  _: '-',
  K: 'k',
  L: 'l',
  J: 'j',
  R: 'r',
  M: 'm',
  P: 'p',
};

/**
 * What a key does, if anything: typing in a field, or a modifier held, does nothing here.
 * Space on a focused button presses that button — except in presenter mode, where the
 * teacher's Space always plays or pauses.
 */
export function shortcutOf(
  event: {
    key: string;
    ctrlKey: boolean;
    metaKey: boolean;
    altKey: boolean;
    target: EventTarget | null;
  },
  presenting = false,
): ShortcutAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const action = BY_KEY.get(ALIASES[event.key] ?? event.key);
  if (!action) return undefined;
  const target = event.target instanceof Element ? event.target : null;
  if (
    target?.closest(
      'input, textarea, select, [contenteditable=""], [contenteditable="true"], .cm-editor',
    )
  )
    return undefined;
  // Space and Enter belong to the focused button or link; arrows move a focused canvas node.
  if (
    event.key === ' ' &&
    !presenting &&
    target?.closest('button, a, summary, [role="button"], [role="tab"]')
  )
    return undefined;
  if (event.key.startsWith('Arrow') && target?.closest('.react-flow__node, [role="tablist"]'))
    return undefined;
  return action;
}

/** The text key (`player.keys.<name>`) of keys whose name is a word, not the character. */
export const KEY_TEXT: Record<string, string> = {
  ' ': 'space',
  ArrowRight: 'right',
  ArrowLeft: 'left',
  PageDown: 'pageDown',
  PageUp: 'pageUp',
  Home: 'home',
  End: 'end',
  Escape: 'escape',
};

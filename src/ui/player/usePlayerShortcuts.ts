import { useEffect } from 'react';
import { NAMED_VIEWS, SPEEDS, type AppState } from '../../store';
import { useStoreApi } from '../app/useStoreApi';
import { enterFullScreen, leaveFullScreen } from '../presenter/fullScreen';
import { shortcutOf, type ShortcutAction } from './shortcuts';

const nextSpeed = (state: AppState, by: 1 | -1) => {
  const i = SPEEDS.indexOf(state.speed) + by;
  return SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, i))] ?? state.speed;
};

const RUN: Record<ShortcutAction, (s: AppState, key: string) => void> = {
  playPause: (s) => s.togglePlay(),
  next: (s) => s.stepForward(),
  previous: (s) => s.stepBack(),
  replay: (s) => s.replay(),
  skip: (s) => s.skipToLatest(),
  slower: (s) => s.setSpeed(nextSpeed(s, -1)),
  faster: (s) => s.setSpeed(nextSpeed(s, 1)),
  motion: (s) => s.setReducedMotion(!s.reducedMotion),
  presenter: (s) => {
    if (s.presenting) leaveFullScreen();
    else enterFullScreen(); // a key press lets the page ask for full screen
    s.setPresenting(!s.presenting);
  },
  leavePresenter: (s) => s.setPresenting(false),
  runView: (s, key) => {
    const view = NAMED_VIEWS[Number(key) - 1];
    if (view) void s.runView(view.id);
  },
  help: (s) => s.setShortcutsOpen(!s.shortcutsOpen),
};

/** The player's keyboard shortcuts (shortcuts.ts), anywhere on the page. */
export function usePlayerShortcuts() {
  const store = useStoreApi();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const { presenting } = store.getState();
      const action = shortcutOf(event, presenting);
      if (!action) return;
      // Escape belongs to whatever is open (a menu, a popover) unless presenter mode can use it.
      if (action === 'leavePresenter' && !store.getState().presenting) return;
      // A modal dialog (the shortcuts help included) owns the keyboard while it is open.
      if (document.querySelector('dialog[open]') && action !== 'help') return;
      event.preventDefault();
      // A button focused in presenter mode must not also take the Space as a press.
      if (event.key === ' ' && document.activeElement instanceof HTMLElement)
        document.activeElement.blur();
      RUN[action](store.getState(), event.key);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}

import { useCallback, useEffect, type RefObject } from 'react';

/**
 * A header popover's behaviour: Escape closes it and a pointer press outside it closes
 * it; either way focus goes back to its toggle. Returns `close` for its own buttons.
 */
export function usePopover(
  open: boolean,
  setOpen: (open: boolean) => void,
  rootRef: RefObject<HTMLElement | null>,
  toggleRef: RefObject<HTMLElement | null>,
): () => void {
  const close = useCallback(() => {
    setOpen(false);
    toggleRef.current?.focus();
  }, [setOpen, toggleRef]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      // A modal dialog handles its own Escape.
      if (
        event.key === 'Escape' &&
        !event.defaultPrevented &&
        !document.querySelector('dialog[open]')
      ) {
        close();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open, setOpen, close, rootRef]);

  return close;
}

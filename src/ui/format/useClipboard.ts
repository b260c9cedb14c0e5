import { useEffect, useState } from 'react';

const COPIED_FOR_MS = 2000;

/** Copies a text to the clipboard; `copied` is true for a moment after, to say so. */
export function useClipboard(text: string): { copied: boolean; copy: () => Promise<void> } {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_FOR_MS);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      // No clipboard here (permission or insecure context): the text stays selectable.
    }
  };
  return { copied, copy };
}

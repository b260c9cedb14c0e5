/**
 * Saves after changes, not on every change: a burst of changes becomes one save `delayMs`
 * after the last of them, saves never overlap, and `flush` saves now (page hidden).
 */
export interface Saver {
  /** Something changed: save soon. */
  schedule(): void;
  /** Save now if anything is waiting; resolves when the latest save is done. */
  flush(): Promise<void>;
  /** Stop: nothing scheduled runs any more. */
  dispose(): void;
}

export function createSaver(save: () => Promise<void>, delayMs = 300): Saver {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  let running: Promise<void> = Promise.resolve();
  let disposed = false;

  const run = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    running = running.then(async () => {
      if (!dirty || disposed) return;
      dirty = false;
      await save().catch(() => undefined); // the caller's save reports its own failure
    });
    return running;
  };

  return {
    schedule() {
      if (disposed) return;
      dirty = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void run(), delayMs);
    },
    flush: () => run(),
    dispose() {
      disposed = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}

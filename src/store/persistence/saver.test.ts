import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaver } from './saver';

describe('saving after changes', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('turns a burst of changes into one save, after the last one', async () => {
    const save = vi.fn(() => Promise.resolve());
    const saver = createSaver(save, 300);
    saver.schedule();
    await vi.advanceTimersByTimeAsync(200);
    saver.schedule();
    await vi.advanceTimersByTimeAsync(200);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves at once on flush, and only when something changed', async () => {
    const save = vi.fn(() => Promise.resolve());
    const saver = createSaver(save, 300);
    await saver.flush();
    expect(save).not.toHaveBeenCalled();
    saver.schedule();
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('never overlaps saves, and saves again for a change made during one', async () => {
    let running = 0;
    let most = 0;
    const save = vi.fn(async () => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 500));
      running--;
    });
    const saver = createSaver(save, 10);
    saver.schedule();
    await vi.advanceTimersByTimeAsync(20);
    saver.schedule();
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
  });

  it('goes on after a failed save, and stops when disposed', async () => {
    const save = vi.fn(() => Promise.reject(new Error('quota')));
    const saver = createSaver(save, 10);
    saver.schedule();
    await vi.advanceTimersByTimeAsync(20);
    saver.schedule();
    await vi.advanceTimersByTimeAsync(20);
    expect(save).toHaveBeenCalledTimes(2);
    saver.schedule();
    saver.dispose();
    await vi.advanceTimersByTimeAsync(20);
    expect(save).toHaveBeenCalledTimes(2);
  });
});

import type { presenterEs } from './presenter.es';

/** English texts of presenter mode (same keys as presenter.es.ts). */
export const presenterEn: typeof presenterEs = {
  enter: 'Presenter mode',
  exit: 'Leave presenter mode',
  fullScreen: 'Full screen',
  title: 'KMS Lab · presenter mode',
  hint: 'Space: play or pause · ←/→ or the remote: step by step · 1, 2, 3…: the course diagrams · ?: shortcuts',
};

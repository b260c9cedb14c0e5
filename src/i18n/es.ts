/**
 * Every Spanish text: the first-paint texts (`core.es.ts`) and those of the side panel's
 * sections that load with them (`lazyTexts.ts`). Types and tests read this; the app's first
 * bundle carries only the core.
 */
import { esCore } from './core.es';
import { cloudHsmEs } from './features/cloudHsm.es';
import { byokEs } from './features/byok.es';
import { inspectorEs } from './features/inspector.es';
import { narrationEs } from './features/narration.es';
import { operationsEs } from './features/operations.es';
import { outsideEs } from './features/outside.es';
import { servicesEs } from './features/services.es';
import { trailEs } from './features/trail.es';
import { viewsEs } from './features/views.es';

export { esCore };

export const es = {
  ...esCore,
  inspector: inspectorEs,
  narration: narrationEs,
  operations: operationsEs,
  views: viewsEs,
  outside: outsideEs,
  byok: byokEs,
  services: servicesEs,
  cloudHsm: cloudHsmEs,
  trail: trailEs,
} as const;

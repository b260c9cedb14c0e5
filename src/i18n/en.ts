/** Every English text: `core.en.ts` and the side panel's lazily loaded sections (see es.ts). */
import { enCore } from './core.en';
import { cloudHsmEn } from './features/cloudHsm.en';
import { byokEn } from './features/byok.en';
import { inspectorEn } from './features/inspector.en';
import { narrationEn } from './features/narration.en';
import { operationsEn } from './features/operations.en';
import { outsideEn } from './features/outside.en';
import { servicesEn } from './features/services.en';
import { trailEn } from './features/trail.en';
import { viewsEn } from './features/views.en';
import type { Messages } from './messages';

export { enCore };

export const en: Messages = {
  ...enCore,
  inspector: inspectorEn,
  narration: narrationEn,
  operations: operationsEn,
  views: viewsEn,
  outside: outsideEn,
  byok: byokEn,
  services: servicesEn,
  cloudHsm: cloudHsmEn,
  trail: trailEn,
};

/** The named views, in the order the "Diagrams" tab lists them. Add a view: one file, one line. */
import { asymmetricView } from './asymmetric';
import { byokView } from './byok';
import { envelopeView } from './envelope';
import { keyTypesView } from './keyTypes';
import { multiRegionView } from './multiRegion';
import type { NamedView } from './namedView';
import { rotationView } from './rotation';
import { signatureView } from './signature';
import { symmetricView } from './symmetric';

export const NAMED_VIEWS = [
  symmetricView,
  envelopeView,
  rotationView,
  asymmetricView,
  signatureView,
  keyTypesView,
  multiRegionView,
  byokView,
] as const satisfies readonly NamedView[];

export type NamedViewId = (typeof NAMED_VIEWS)[number]['id'];

export const namedView = (id: string): NamedView | undefined =>
  NAMED_VIEWS.find((v) => v.id === id);

export { keyTypeCounts } from './keyTypes';
export {
  ViewStopped,
  type Answered,
  type NamedView,
  type ViewContext,
  type ViewOutcome,
} from './namedView';

/**
 * The named views, in the order the "Diagrams" tab lists them: each one's id and Region, known
 * at once, and its frame and run, which load with it (a chunk per view: the first paint needs
 * none of them). Add a view: one file, one line here.
 */
import type { RegionCode } from '../../engine';
import type { NamedView } from './namedView';

export interface NamedViewEntry {
  id: string;
  /** The view's Region (the loaded view says the same: namedViews.test.ts checks it). */
  region: RegionCode;
  load(): Promise<NamedView>;
}

export const NAMED_VIEWS = [
  {
    id: 'symmetric',
    region: 'us-east-1',
    load: () => import('./symmetric').then((m) => m.symmetricView),
  },
  {
    id: 'envelope',
    region: 'eu-west-1',
    load: () => import('./envelope').then((m) => m.envelopeView),
  },
  {
    id: 'rotation',
    region: 'eu-central-1',
    load: () => import('./rotation').then((m) => m.rotationView),
  },
  {
    id: 'asymmetric',
    region: 'us-west-2',
    load: () => import('./asymmetric').then((m) => m.asymmetricView),
  },
  {
    id: 'signature',
    region: 'us-west-2',
    load: () => import('./signature').then((m) => m.signatureView),
  },
  {
    id: 'keyTypes',
    region: 'ap-northeast-1',
    load: () => import('./keyTypes').then((m) => m.keyTypesView),
  },
  {
    id: 'multiRegion',
    region: 'us-east-1',
    load: () => import('./multiRegion').then((m) => m.multiRegionView),
  },
  { id: 'import', region: 'sa-east-1', load: () => import('./byok').then((m) => m.byokView) },
  {
    id: 'cloudHsm',
    region: 'us-east-1',
    load: () => import('./cloudHsm').then((m) => m.cloudHsmView),
  },
] as const satisfies readonly NamedViewEntry[];

export type NamedViewId = (typeof NAMED_VIEWS)[number]['id'];

export const namedView = (id: string): NamedViewEntry | undefined =>
  NAMED_VIEWS.find((v) => v.id === id);

export { keyTypeCounts } from './keyTypeCounts';
export {
  ViewStopped,
  type Answered,
  type NamedView,
  type ViewContext,
  type ViewOutcome,
} from './namedView';

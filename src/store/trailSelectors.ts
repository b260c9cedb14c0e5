/**
 * The CloudTrail panel's data, derived from the engine's trail (`kms.cloudTrail`, newest
 * last, up to TRAIL_LIMIT events): never stored a second time. The engine appends to its trail
 * in place and tells nobody but the record listeners, so the store's `records` and `view`
 * (replaced after every record, a restore and a reset) say when to read it again.
 */
import type { CloudTrailEvent, Kms, WorldView } from '../engine';
import { keyLabel, shortKeyId } from '../graph';
import type { AppState } from './appState';
import { BACKGROUND_USER_AGENT } from './worldSlice';

type TrailSource = Pick<AppState, 'kms' | 'records' | 'view'>;

const cache = new WeakMap<
  Kms,
  { records: TrailSource['records']; view: WorldView; events: readonly CloudTrailEvent[] }
>();

/**
 * Every CloudTrail event the engine keeps, newest first. The same array while nothing new
 * happened, so it can be a zustand selector.
 */
export function selectTrail(state: TrailSource): readonly CloudTrailEvent[] {
  const hit = cache.get(state.kms);
  if (hit && hit.records === state.records && hit.view === state.view) return hit.events;
  const events = state.kms.cloudTrail.toReversed();
  cache.set(state.kms, { records: state.records, view: state.view, events });
  return events;
}

/** Who made a call, as the panel names it (the UI words it). */
export type Who =
  | { kind: 'root'; accountId: string }
  | { kind: 'session'; role: string; session: string; accountId: string }
  | { kind: 'service'; service: string }
  | { kind: 'other'; arn: string };

export interface EventPrincipal {
  /** What the principal filter compares: the caller's ARN, or the service acting by itself. */
  id: string;
  who: Who;
  /** The AWS service that made the call for the principal (userIdentity.invokedBy). */
  via?: string;
}

export function principalOf(event: CloudTrailEvent): EventPrincipal {
  const identity = event.userIdentity;
  if (identity.type === 'AWSService' || !identity.arn) {
    const service = identity.invokedBy ?? identity.type;
    return { id: `service:${service}`, who: { kind: 'service', service } };
  }
  const via = identity.invokedBy ? { via: identity.invokedBy } : {};
  const accountId = identity.accountId ?? event.recipientAccountId;
  if (identity.type === 'Root') {
    return { id: identity.arn, who: { kind: 'root', accountId }, ...via };
  }
  if (identity.type === 'AssumedRole') {
    // arn:aws:sts::<account>:assumed-role/<Role>/<session>
    const [, roleInArn = '', session = ''] = identity.arn.split('/');
    const role = identity.sessionContext?.sessionIssuer.userName ?? roleInArn;
    return { id: identity.arn, who: { kind: 'session', role, session, accountId }, ...via };
  }
  return { id: identity.arn, who: { kind: 'other', arn: identity.arn }, ...via };
}

/** The KMS key an event is about: its resource, or a service event's key. */
export interface EventKey {
  /** The key ARN: what the key filter compares. */
  arn: string;
  region: string;
  keyId: string;
}

export function keyOf(event: CloudTrailEvent): EventKey | undefined {
  const arn = event.resources?.[0]?.ARN;
  const match = arn ? /^arn:aws[\w-]*:kms:([^:]+):(\d{12}):key\/(.+)$/.exec(arn) : null;
  if (arn && match?.[1] && match[3]) return { arn, region: match[1], keyId: match[3] };
  return undefined;
}

/** The KeyId a request named, as written, when no key was found for it (a NotFoundException). */
export function requestedKeyOf(event: CloudTrailEvent): string | undefined {
  const keyId = event.requestParameters?.['keyId'];
  return typeof keyId === 'string' ? keyId : undefined;
}

/** A key as the canvas names it (its first alias, else its short id), from the view when it is there. */
export function keyNamer(view: WorldView): (key: EventKey) => string {
  const labels = new Map<string, string>();
  for (const region of view.regions) for (const k of region.keys) labels.set(k.arn, keyLabel(k));
  return (key) => labels.get(key.arn) ?? shortKeyId(key.keyId);
}

/** The inspector's and other views' own reads (CloudTrail userAgent "kms-lab console"). */
export const isConsoleRead = (event: CloudTrailEvent): boolean =>
  event.userAgent === BACKGROUND_USER_AGENT;

export type Outcome = 'any' | 'errors' | 'successes';

/** The panel's filters, combined; an empty string lets every value through. */
export interface TrailFilters {
  key: string;
  principal: string;
  eventName: string;
  outcome: Outcome;
  region: string;
}

export const NO_FILTERS: TrailFilters = {
  key: '',
  principal: '',
  eventName: '',
  outcome: 'any',
  region: '',
};

export const hasFilters = (filters: TrailFilters): boolean =>
  filters.key !== '' ||
  filters.principal !== '' ||
  filters.eventName !== '' ||
  filters.outcome !== 'any' ||
  filters.region !== '';

export function matches(event: CloudTrailEvent, filters: TrailFilters): boolean {
  if (filters.eventName && event.eventName !== filters.eventName) return false;
  if (filters.region && event.awsRegion !== filters.region) return false;
  if (filters.outcome === 'errors' && !event.errorCode) return false;
  if (filters.outcome === 'successes' && event.errorCode) return false;
  if (filters.key && keyOf(event)?.arn !== filters.key) return false;
  if (filters.principal && principalOf(event).id !== filters.principal) return false;
  return true;
}

/** The events that pass every filter, in the order given (newest first from `selectTrail`). */
export function filterTrail(
  events: readonly CloudTrailEvent[],
  filters: TrailFilters,
): readonly CloudTrailEvent[] {
  return hasFilters(filters) ? events.filter((e) => matches(e, filters)) : events;
}

/** What each filter can choose from: the values present in the events, each once. */
export interface TrailChoices {
  keys: EventKey[];
  principals: EventPrincipal[];
  eventNames: string[];
  regions: string[];
}

export function trailChoices(events: readonly CloudTrailEvent[]): TrailChoices {
  const keys = new Map<string, EventKey>();
  const principals = new Map<string, EventPrincipal>();
  const eventNames = new Set<string>();
  const regions = new Set<string>();
  for (const event of events) {
    const key = keyOf(event);
    if (key && !keys.has(key.arn)) keys.set(key.arn, key);
    const principal = principalOf(event);
    if (!principals.has(principal.id)) principals.set(principal.id, principal);
    eventNames.add(event.eventName);
    regions.add(event.awsRegion);
  }
  const sorted = (values: Iterable<string>) => [...values].sort((a, b) => a.localeCompare(b));
  return {
    keys: [...keys.values()],
    principals: [...principals.values()],
    eventNames: sorted(eventNames),
    regions: sorted(regions),
  };
}

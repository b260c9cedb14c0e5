/**
 * An operation record as a timeline of visual cues for the canvas: one cue per trace step,
 * in the trace's order, each naming the canvas nodes it touches. Because the cues are
 * derived from what the engine did (never from what the operation usually does), the
 * picture stops where the call stopped: a refused call's timeline ends at the step that
 * refused it, with the error shown there.
 *
 * Pure, like the rest of src/graph; the player (issue 4) animates these cues.
 */
import type { OperationRecord, TraceStep } from '../engine';
import { serviceOfRecord } from './awsServices';
import {
  awsOwnedKeyNodeId,
  cloudTrailNodeId,
  hsmNodeId,
  keyStoreNodeId,
  keyNodeId,
  kmsEndpointNodeId,
  OUTSIDE_AWS_NODE_ID,
  principalNodeId,
  serviceNodeId,
} from './ids';
import {
  LOCAL_WORK,
  type LocalAction,
  type LocalParty,
  type LocalRecord,
  type PlayableRecord,
} from './localRecord';

/** What moves along an edge, or what happens at a node. */
export type CueWhat =
  | 'request'
  | 'response'
  | 'error'
  | 'resolve'
  | 'authorize'
  | 'check-state'
  | 'material'
  | 'data-key'
  | 'random'
  | 'change'
  | 'audit'
  | 'validate'
  /** Work the caller does itself, outside KMS (see localRecord.ts). */
  | LocalAction;

export type Cue =
  /** Something travels from one node to another (a request, an answer). */
  | { kind: 'travel'; step: number; what: CueWhat; from: string; to: string; ok: boolean }
  /** Something happens at one node (a lookup, a decision, key material at work). */
  | { kind: 'highlight'; step: number; what: CueWhat; at: string; ok: boolean };

export interface Timeline {
  operation: string;
  region: string;
  cues: Cue[];
  /** Index of the cue where the call failed, if it did. */
  failedAt?: number;
}

/** Work with a key AWS owns: it shows at that key, outside the account, not at the service. */
const AWS_OWNED: ReadonlySet<LocalAction> = new Set(['aws-owned-encrypt', 'aws-owned-decrypt']);

/** Local work is one cue: at the party that does it, or travelling to the other party. */
function localTimeline(record: LocalRecord): Timeline {
  const node = (party: LocalParty) =>
    party === 'outside'
      ? OUTSIDE_AWS_NODE_ID
      : party === 'service' && record.service
        ? serviceNodeId(record.region, record.service)
        : principalNodeId(record.principal);
  const { by, travelsTo } = LOCAL_WORK[record.action];
  const ok = record.ok ?? true;
  const what = record.action;
  const cue: Cue = travelsTo
    ? { kind: 'travel', step: 0, what, from: node(by), to: node(travelsTo), ok }
    : {
        kind: 'highlight',
        step: 0,
        what,
        at: AWS_OWNED.has(what) ? awsOwnedKeyNodeId(record.region) : node(by),
        ok,
      };
  return {
    operation: record.action,
    region: record.region,
    cues: [cue],
    ...(ok ? {} : { failedAt: 0 }),
  };
}

/**
 * The node that stands for whoever made the call: KMS itself (a service event), the AWS
 * service that called for someone or by itself (S3, EC2 for EBS…), or a principal.
 */
function callerOf(record: OperationRecord): string {
  if (record.kind === 'service-event') return kmsEndpointNodeId(record.region);
  const service = serviceOfRecord(record);
  return service ? serviceNodeId(record.region, service) : principalNodeId(record.principal);
}

export function timelineOf(record: PlayableRecord): Timeline {
  if (record.kind === 'local') return localTimeline(record);
  const endpoint = kmsEndpointNodeId(record.region);
  const caller = callerOf(record);
  const key = (keyId: string | undefined) => (keyId ? keyNodeId(record.region, keyId) : endpoint);
  const cues = record.trace.map((step, index): Cue => cueOf(step, index));
  const failedAt = cues.findIndex((cue) => !cue.ok);
  return {
    operation: record.operation,
    region: record.region,
    cues,
    ...(failedAt >= 0 ? { failedAt } : {}),
  };

  function cueOf(step: TraceStep, index: number): Cue {
    const at = (where: string, what: CueWhat, ok = true): Cue => ({
      kind: 'highlight',
      step: index,
      what,
      at: where,
      ok,
    });
    switch (step.type) {
      case 'call':
        return {
          kind: 'travel',
          step: index,
          what: 'request',
          from: caller,
          to: endpoint,
          ok: true,
        };
      case 'validate':
        return at(endpoint, 'validate', false);
      case 'resolve':
        return at(step.found ? key(step.keyId) : endpoint, 'resolve', step.found);
      case 'authorize':
        return at(key(step.keyId), 'authorize', step.decision === 'allow');
      case 'check-state':
        return at(key(step.keyId), 'check-state', step.allowed);
      case 'material':
        // Origin AWS_CLOUDHSM: the work shows at the HSM of the store's cluster that did it.
        return at(
          step.location.kind === 'cloudhsm' && step.location.hsmId
            ? hsmNodeId(step.location.clusterId, step.location.hsmId)
            : key(step.keyId),
          'material',
          step.ok,
        );
      case 'data-key':
        return {
          kind: 'travel',
          step: index,
          what: 'data-key',
          from: key(step.keyId),
          to: caller,
          ok: true,
        };
      case 'random':
        return at(
          step.location?.kind === 'cloudhsm' && step.location.hsmId
            ? hsmNodeId(step.location.clusterId, step.location.hsmId)
            : endpoint,
          'random',
        );
      case 'change':
        if (step.target === 'custom-key-store')
          return at(keyStoreNodeId(step.region ?? record.region, step.id), 'change');
        // A change in another Region (a multi-Region replica) plays at that Region's key.
        if (step.target === 'key' && step.region && step.region !== record.region)
          return at(keyNodeId(step.region, step.id), 'change');
        return at(step.target === 'key' ? key(step.id) : endpoint, 'change');
      case 'audit':
        return {
          kind: 'travel',
          step: index,
          what: 'audit',
          from: endpoint,
          to: cloudTrailNodeId(record.region),
          ok: true,
        };
      case 'return':
        return step.ok
          ? { kind: 'travel', step: index, what: 'response', from: endpoint, to: caller, ok: true }
          : { kind: 'travel', step: index, what: 'error', from: endpoint, to: caller, ok: false };
    }
  }
}

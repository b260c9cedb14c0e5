import { describe, expect, it } from 'vitest';
import type { CloudTrailEvent } from '../engine';
import { createAppStore } from './createAppStore';
import {
  filterTrail,
  keyNamer,
  keyOf,
  NO_FILTERS,
  principalOf,
  requestedKeyOf,
  selectTrail,
  trailChoices,
} from './trailSelectors';

const DEVELOPER = 'arn:aws:sts::111122223333:assumed-role/Developer/bob';
const ROOT = 'arn:aws:iam::111122223333:root';

/** Root creates a key and encrypts; the Developer is refused Encrypt; a DescribeKey in eu-west-1. */
async function world() {
  const store = createAppStore();
  const created = await store.getState().call('CreateKey', { Description: 'demo' }, 'us-east-1');
  const keyId = created.output?.KeyMetadata?.KeyId ?? '';
  await store
    .getState()
    .call('Encrypt', { KeyId: keyId, Plaintext: new Uint8Array([1]) }, 'us-east-1');
  store.getState().actAs('developer');
  await store
    .getState()
    .call('Encrypt', { KeyId: keyId, Plaintext: new Uint8Array([2]) }, 'us-east-1');
  store.getState().actAs('root');
  await store.getState().call('ListKeys', {}, 'eu-west-1');
  return { store, keyId };
}

describe('the CloudTrail panel data', () => {
  it('reads the whole trail from the engine, newest first, the same array until something happens', async () => {
    const { store } = await world();
    const trail = selectTrail(store.getState());
    expect(trail.map((e) => e.eventName)).toEqual(['ListKeys', 'Encrypt', 'Encrypt', 'CreateKey']);
    expect(selectTrail(store.getState())).toBe(trail);
    await store.getState().call('ListAliases', {}, 'us-east-1');
    const next = selectTrail(store.getState());
    expect(next).not.toBe(trail);
    expect(next[0]?.eventName).toBe('ListAliases');
  });

  it('names who called: the root user, a role session with its role, a service', async () => {
    const { store } = await world();
    const [listKeys, refused] = selectTrail(store.getState());
    expect(principalOf(listKeys as CloudTrailEvent)).toEqual({
      id: ROOT,
      who: { kind: 'root', accountId: '111122223333' },
    });
    expect(principalOf(refused as CloudTrailEvent)).toEqual({
      id: DEVELOPER,
      who: { kind: 'session', role: 'Developer', session: 'bob', accountId: '111122223333' },
    });
    const rotate = {
      ...(refused as CloudTrailEvent),
      eventType: 'AwsServiceEvent',
      userIdentity: { type: 'AWSService', accountId: '111122223333', invokedBy: 'AWS Internal' },
    } satisfies CloudTrailEvent;
    expect(principalOf(rotate)).toEqual({
      id: 'service:AWS Internal',
      who: { kind: 'service', service: 'AWS Internal' },
    });
    const viaS3 = {
      ...(refused as CloudTrailEvent),
      userIdentity: { ...(refused as CloudTrailEvent).userIdentity, invokedBy: 's3.amazonaws.com' },
    };
    expect(principalOf(viaS3).via).toBe('s3.amazonaws.com');
    expect(principalOf(viaS3).id).toBe(DEVELOPER);
  });

  it("knows each event's key, named as the canvas names it", async () => {
    const { store, keyId } = await world();
    const trail = selectTrail(store.getState());
    const key = keyOf(trail[1] as CloudTrailEvent);
    expect(key).toMatchObject({ region: 'us-east-1', keyId });
    expect(keyOf(trail[0] as CloudTrailEvent)).toBeUndefined();
    expect(keyNamer(store.getState().view)(key ?? { arn: '', region: '', keyId: '' })).toBe(
      `${keyId.slice(0, 8)}…`,
    );
    await store
      .getState()
      .call('CreateAlias', { AliasName: 'alias/demo', TargetKeyId: keyId }, 'us-east-1');
    expect(keyNamer(store.getState().view)(key ?? { arn: '', region: '', keyId: '' })).toBe(
      'alias/demo',
    );
  });

  it('keeps the KeyId a request named when no key was found', async () => {
    const store = createAppStore();
    const missing = await store
      .getState()
      .call('Encrypt', { KeyId: 'alias/missing', Plaintext: new Uint8Array([1]) }, 'us-east-1');
    expect(missing.error?.name).toBe('NotFoundException');
    const [event] = selectTrail(store.getState());
    expect(event && keyOf(event)).toBeUndefined();
    expect(event && requestedKeyOf(event)).toBe('alias/missing');
  });

  it('filters combine: key, principal, event name, outcome, Region', async () => {
    const { store, keyId } = await world();
    const trail = selectTrail(store.getState());
    const arn = keyOf(trail[1] as CloudTrailEvent)?.arn ?? '';
    const names = (filters: Partial<typeof NO_FILTERS>) =>
      filterTrail(trail, { ...NO_FILTERS, ...filters }).map((e) => e.eventName);
    expect(filterTrail(trail, NO_FILTERS)).toBe(trail);
    expect(names({ key: arn })).toEqual(['Encrypt', 'Encrypt', 'CreateKey']);
    expect(names({ principal: DEVELOPER })).toEqual(['Encrypt']);
    expect(names({ eventName: 'Encrypt', principal: ROOT })).toEqual(['Encrypt']);
    expect(names({ outcome: 'errors' })).toEqual(['Encrypt']);
    expect(filterTrail(trail, { ...NO_FILTERS, outcome: 'errors' })[0]?.errorCode).toBe(
      'AccessDeniedException',
    );
    expect(names({ outcome: 'successes', key: arn })).toEqual(['Encrypt', 'CreateKey']);
    expect(names({ region: 'eu-west-1' })).toEqual(['ListKeys']);
    expect(names({ region: 'eu-west-1', key: arn })).toEqual([]);
    expect(keyId).not.toBe('');
  });

  it('offers as choices the values present, each once', async () => {
    const { store } = await world();
    const choices = trailChoices(selectTrail(store.getState()));
    expect(choices.eventNames).toEqual(['CreateKey', 'Encrypt', 'ListKeys']);
    expect(choices.regions).toEqual(['eu-west-1', 'us-east-1']);
    expect(choices.keys).toHaveLength(1);
    expect(choices.principals.map((p) => p.id).sort()).toEqual([ROOT, DEVELOPER].sort());
  });
});

import { describe, expect, it } from 'vitest';
import { createKms, type WorldView } from '../engine';
import { accountNodeId, OUTSIDE_AWS_NODE_ID, principalNodeId } from './ids';
import { overlaps, PRINCIPAL_SIZE, type Rect } from './layout';
import type { PrincipalNode, WorldNode } from './nodes';
import { timelineOf } from './timeline';
import { worldGraph } from './worldGraph';
import { identityArn, worldPrincipals } from './worldQueries';

const isPrincipal = (n: WorldNode): n is PrincipalNode => n.type === 'principal';

/** A node's rectangle on the canvas (children are placed relative to their parent). */
function absolute(nodes: WorldNode[], node: WorldNode): Rect {
  const parent = node.parentId ? nodes.find((n) => n.id === node.parentId) : undefined;
  const origin = parent ? absolute(nodes, parent) : { x: 0, y: 0 };
  return {
    x: origin.x + node.position.x,
    y: origin.y + node.position.y,
    width: node.width ?? 0,
    height: node.height ?? 0,
  };
}

const graphOf = (view: WorldView, callerArn?: string) =>
  worldGraph({ view, selectedRegion: 'us-east-1', ...(callerArn ? { callerArn } : {}) }).nodes;

describe('principals on the canvas', () => {
  it('draws the six identities, each once, named as their calls are', () => {
    const view = createKms().view();
    const principals = graphOf(view).filter(isPrincipal);
    expect(principals.map((p) => [p.data.identity, p.data.kind, p.data.name])).toEqual([
      ['root', 'root', '111122223333'],
      ['admin', 'role', 'Admin'],
      ['developer', 'role', 'Developer'],
      ['application', 'role', 'Application'],
      ['auditor', 'role', 'SecurityAuditor'],
      ['partner', 'role', 'PartnerApp'],
    ]);
    expect(new Set(principals.map((p) => p.id)).size).toBe(6);
    const developer = principals.find((p) => p.data.identity === 'developer');
    expect(developer?.data).toMatchObject({
      arn: 'arn:aws:sts::111122223333:assumed-role/Developer/bob',
      sessionName: 'bob',
      accountId: '111122223333',
    });
  });

  it('marks the identity acted as, and only that one', () => {
    const view = createKms().view();
    const acting = (nodes: WorldNode[]) =>
      nodes.filter(isPrincipal).flatMap((p) => (p.data.isCaller ? [p.data.identity] : []));
    expect(acting(graphOf(view))).toEqual(['root']);
    expect(acting(graphOf(view, identityArn(view, 'developer')))).toEqual(['developer']);
    expect(acting(graphOf(view, identityArn(view, 'partner')))).toEqual(['partner']);
  });

  it('puts the partner’s role in a frame of its own account, apart from this one', () => {
    const view = createKms().view();
    const nodes = graphOf(view);
    const partner = nodes.filter(isPrincipal).find((p) => p.data.identity === 'partner');
    expect(partner?.parentId).toBe(accountNodeId('444455556666'));
    expect(partner?.data.accountId).toBe('444455556666');
    const own = nodes.find((n) => n.id === accountNodeId(view.accountId));
    const frame = nodes.find((n) => n.id === accountNodeId('444455556666'));
    expect(frame).toMatchObject({ type: 'account', data: { accountId: '444455556666' } });
    const outside = nodes.find((n) => n.id === OUTSIDE_AWS_NODE_ID);
    if (!own || !frame || !outside || !partner) throw new Error('missing node');
    // Apart from this account and from the party outside AWS; the role inside its frame.
    expect(overlaps(absolute(nodes, frame), absolute(nodes, own))).toBe(false);
    expect(overlaps(absolute(nodes, frame), absolute(nodes, outside))).toBe(false);
    const inFrame = absolute(nodes, partner);
    const f = absolute(nodes, frame);
    expect(inFrame.x >= f.x && inFrame.x + inFrame.width <= f.x + f.width).toBe(true);
    expect(inFrame.y >= f.y && inFrame.y + inFrame.height <= f.y + f.height).toBe(true);
    // The other principals stand in this account, in a column, none on another.
    const ownPrincipals = nodes.filter(isPrincipal).filter((p) => p.parentId === own.id);
    expect(ownPrincipals).toHaveLength(5);
    for (const a of ownPrincipals)
      for (const b of ownPrincipals)
        if (a !== b) expect(overlaps(absolute(nodes, a), absolute(nodes, b))).toBe(false);
    expect(ownPrincipals.every((p) => p.width === PRINCIPAL_SIZE.width)).toBe(true);
  });

  it('keeps a dragged partner inside its frame, and the frame grows to hold it', () => {
    const view = createKms().view();
    const id = principalNodeId(identityArn(view, 'partner') ?? '');
    const nodes = worldGraph({
      view,
      selectedRegion: 'us-east-1',
      positions: { [id]: { x: 100, y: 300 } },
    }).nodes;
    const partner = nodes.find((n) => n.id === id);
    const frame = nodes.find((n) => n.id === accountNodeId('444455556666'));
    expect(partner?.position).toEqual({ x: 100, y: 300 });
    expect(frame?.height).toBeGreaterThanOrEqual(300 + PRINCIPAL_SIZE.height);
  });

  it('is the node a call made as that identity starts from', async () => {
    const kms = createKms();
    await kms.call('CreateKey', {}, { region: 'us-east-1' });
    const record = await kms.call(
      'ListKeys',
      {},
      { region: 'us-east-1', principal: kms.principal('developer') },
    );
    const caller = timelineOf(record).cues[0];
    const ids = new Set(graphOf(kms.view()).map((n) => n.id));
    expect(caller?.kind === 'travel' ? caller.from : undefined).toBe(
      principalNodeId('arn:aws:sts::111122223333:assumed-role/Developer/bob'),
    );
    expect(ids.has(principalNodeId(record.principal))).toBe(true);
  });

  it('falls back to the root user for a view that lists no identities', () => {
    const { identities: _none, ...view } = createKms().view();
    expect(worldPrincipals(view)).toEqual([
      {
        arn: 'arn:aws:iam::111122223333:root',
        kind: 'root',
        name: '111122223333',
        accountId: '111122223333',
        identity: 'root',
      },
    ]);
    expect(graphOf(view).filter(isPrincipal)).toHaveLength(1);
  });
});

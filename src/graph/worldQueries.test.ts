import { describe, expect, it } from 'vitest';
import { createKms } from '../engine';
import { regionKeys, visibleRegions } from './worldQueries';

describe('world queries', () => {
  it('shows Regions with keys plus the selected one, in the engine order', async () => {
    const kms = createKms();
    await kms.call('CreateKey', {}, { region: 'eu-central-1' });
    expect(visibleRegions(kms.view(), 'us-east-1')).toEqual(['us-east-1', 'eu-central-1']);
    expect(visibleRegions(kms.view(), 'eu-central-1')).toEqual(['eu-central-1']);
  });

  it('lists a Region’s keys oldest first, and nothing for an unknown Region', async () => {
    const kms = createKms({ startTime: 0 });
    const first = await kms.call('CreateKey', { Description: 'first' }, {});
    await kms.clock.advance(1000);
    const second = await kms.call('CreateKey', { Description: 'second' }, {});
    expect(regionKeys(kms.view(), 'us-east-1').map((k) => k.keyId)).toEqual([
      first.output?.KeyMetadata?.KeyId,
      second.output?.KeyMetadata?.KeyId,
    ]);
    expect(regionKeys(kms.view(), 'xx-nowhere-1')).toEqual([]);
  });
});

/** The live column of the key types table (the 'keyTypes' view's card). */
import type { WorldView } from '../../engine';

/** What the key types table shows live for a Region: its keys by manager, and what AWS owned keys protect there. */
export function keyTypeCounts(world: WorldView, region: string) {
  const here = world.regions.find((r) => r.code === region);
  const keys = here?.keys ?? [];
  return {
    customerManaged: keys.filter((k) => k.keyManager === 'CUSTOMER').length,
    awsManaged: keys.filter((k) => k.keyManager === 'AWS').length,
    /** Items stored under an AWS owned key: the only trace of those keys a customer has. */
    awsOwnedItems: (here?.stored ?? []).filter((i) => i.protection.kind === 'aws-owned').length,
  };
}

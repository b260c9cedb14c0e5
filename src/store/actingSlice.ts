/**
 * Who the learner is: the identity of the lab (principals.ts) every call they make runs as —
 * the root user by default, or one of the account's roles, or the partner account's role.
 * The choice is a preference, remembered like the language.
 *
 * Every call through the store's `call` runs as this identity, the inspector's background
 * reads included: the AWS console signs its own reads with the signed-in user's
 * credentials, so a role without kms:DescribeKey sees the console refuse to show a key, and
 * CloudTrail names that role for those reads. The lab does the same.
 *
 * It also holds which identity's IAM policies are being shown (the identities dialog), and
 * changes them: those are IAM calls, not KMS ones, so they emit no record and the store
 * reads the view again itself.
 */
import { isIamError, isIdentityId, type IdentityId } from '../engine';
import type { SliceCreator } from './appState';
import type { PrefsStorage } from './prefsStorage';

export const ACTING_AS_KEY = 'kmslab.actingAs';

/** IAM's refusal of a policy change, as the dialog shows it. */
export interface IamFailure {
  /** IAM's error code (MalformedPolicyDocument, LimitExceeded…). */
  name: string;
  message: string;
}

export interface ActingSlice {
  /** The identity the learner's calls run as. */
  actingAs: IdentityId;
  /** Act as another identity from the next call on (remembered for next time). */
  actAs(id: IdentityId): void;
  /** The identity whose IAM policies are shown, if any. */
  shownIdentity: IdentityId | undefined;
  showIdentity(id: IdentityId | undefined): void;
  /**
   * Adds or replaces an inline IAM policy (IAM's PutRolePolicy). Resolves to IAM's refusal,
   * which changes nothing, or to undefined once the view shows the new policy.
   */
  putIdentityPolicy(
    id: IdentityId,
    name: string,
    document: string,
  ): Promise<IamFailure | undefined>;
}

export function createActingSlice(storage: PrefsStorage): SliceCreator<ActingSlice> {
  const stored = storage.getItem(ACTING_AS_KEY);
  return (set, get) => ({
    actingAs: isIdentityId(stored) ? stored : 'root',
    actAs(actingAs) {
      if (!isIdentityId(actingAs)) return;
      storage.setItem(ACTING_AS_KEY, actingAs);
      set({ actingAs });
    },
    shownIdentity: undefined,
    showIdentity: (shownIdentity) => set({ shownIdentity }),
    async putIdentityPolicy(id, name, document) {
      const { kms } = get();
      try {
        await kms.putIdentityPolicy(id, name, document);
      } catch (e) {
        if (isIamError(e)) return { name: e.name, message: e.message };
        throw e;
      }
      // No record follows an IAM call: read the world again here.
      set({ view: kms.view() });
      return undefined;
    },
  });
}

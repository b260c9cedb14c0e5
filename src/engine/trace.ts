/**
 * Trace steps: what the engine actually did during one call, in order. The canvas
 * animates these, so a picture can never disagree with a result. Every step names
 * the places it touches by the same ids the graph uses (region code, key id).
 */
import type { DecidedBy, MissingAllow } from './access';
import type { KeyState } from './model';

/**
 * Where a version of key material lives and works: KMS's own HSM fleet in the Region, or
 * (Origin AWS_CLOUDHSM) the HSM of the key store's CloudHSM cluster that did the work —
 * `hsmId` absent only when no HSM is active (material destroyed with none left to ask).
 */
export type MaterialLocation =
  | { kind: 'kms-hsm-fleet'; region: string }
  | { kind: 'cloudhsm'; region: string; clusterId: string; hsmId?: string };

export type MaterialAction =
  | 'generate'
  | 'encrypt'
  | 'decrypt'
  | 'rotate'
  | 'destroy'
  /** Origin EXTERNAL: material the owner wrapped, unwrapped inside KMS and kept. */
  | 'import'
  /** Asymmetric and HMAC keys (issue 5). `ok: false` on verify: the signature or MAC did not match. */
  | 'sign'
  | 'verify'
  | 'generate-mac'
  | 'verify-mac'
  | 'derive-shared-secret';

export type TraceStep =
  /** The caller's request reaches the Regional KMS endpoint. */
  | { type: 'call'; principal: string; region: string; endpoint: string; operation: string }
  /** The request was malformed; nothing else happened. */
  | { type: 'validate'; ok: false; error: string }
  /** A KeyId (or a ciphertext's header) was resolved to a key. */
  | {
      type: 'resolve';
      given: string;
      form: 'key-id' | 'key-arn' | 'alias-name' | 'alias-arn' | 'ciphertext';
      alias?: string;
      keyId?: string;
      found: boolean;
    }
  /** Access decision for one action: on one key, or (IAM-only actions) on no key. */
  | AuthorizeStep
  | { type: 'check-state'; keyId: string; state: KeyState; allowed: boolean }
  /** Key material at work: which key, which version (1 = the first), where. */
  | {
      type: 'material';
      keyId: string;
      materialId: string;
      version: number;
      action: MaterialAction;
      location: MaterialLocation;
      /** False when the work failed (a decrypt that did not authenticate). */
      ok: boolean;
    }
  /**
   * A data key leaves KMS: its plaintext (if asked for) and its encrypted copy. For a data key
   * pair, `pair` is its KeyPairSpec and `bytes` the length of the private key (DER PKCS#8);
   * the public key always comes back.
   */
  | { type: 'data-key'; keyId: string; bytes: number; withPlaintext: boolean; pair?: string }
  /** Random bytes from the KMS HSMs of the Region (GenerateRandom). */
  | {
      type: 'random';
      bytes: number;
      region: string;
      /** GenerateRandom with CustomKeyStoreId: the cluster's HSM drew them. */
      location?: MaterialLocation;
    }
  /**
   * A key or alias was created, changed or removed; `region` when that happened in another
   * Region than the call's (a multi-Region replica).
   */
  | {
      type: 'change';
      /** `custom-key-store`: a CloudHSM key store was created, changed, connected, … (id cks-…). */
      target: 'key' | 'alias' | 'custom-key-store';
      id: string;
      what: string;
      region?: string;
    }
  /** A CloudTrail event was written. */
  | { type: 'audit'; eventId: string; eventName: string }
  /** The answer goes back to the caller. */
  | { type: 'return'; ok: true }
  | { type: 'return'; ok: false; error: { name: string; message: string } };

export type TraceStepType = TraceStep['type'];

/**
 * What decided an authorization: a key policy or IAM statement, or a grant (evaluateAccess's
 * DecidedBy); the account's root user on an action IAM alone decides (CreateKey, ListKeys, …),
 * which needs no policy; or, for RetireGrant, the caller's place in the grant.
 */
export type AuthorizeBasis =
  | DecidedBy
  | { source: 'root-user' }
  | {
      source: 'grant-retirement';
      grantId: string;
      /** The retiring principal, the grantee of a grant allowing RetireGrant, or the account. */
      as: 'retiring-principal' | 'grantee' | 'issuing-account';
    };

export interface AuthorizeStep {
  type: 'authorize';
  principal: string;
  /** `kms:Encrypt`, … */
  action: string;
  /** The key asked about; absent for actions on no key (resource `*`). */
  keyId?: string;
  /** The key's ARN, or `*`. */
  resource: string;
  decision: 'allow' | 'deny';
  /** What allowed, or what denied explicitly; absent for an implicit deny. */
  decidedBy?: AuthorizeBasis;
  /** For an allow by an IAM policy: the key policy statement that let IAM decide. */
  enabledBy?: DecidedBy;
  /** For an implicit deny: the kind of policy that never allowed. */
  missing?: MissingAllow;
}

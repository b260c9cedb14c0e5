/**
 * Shared fixture for the bad-input suite: a seeded world, a valid request for every
 * operation (the baseline each bad case mutates), and the one assertion every case makes:
 * the call fails with the exact AWS exception, the world is exactly as before, and the
 * failure is audited in CloudTrail.
 *
 * The oracle for shapes, lengths, enums and required members is the AWS service model
 * (model/kms-input-model.json, extracted from botocore), not the engine's own declarations,
 * so a shape the engine declares wrongly shows up as a failing case.
 */
import { constants, createPublicKey, publicEncrypt, randomBytes } from 'node:crypto';
import { beforeAll, expect } from 'vitest';
import {
  createKms,
  handleJsonRequest,
  KmsError,
  OPERATION_NAMES,
  type Kms,
  type KmsSnapshot,
  type OperationName,
  type OperationRecord,
} from '../../src/engine';
import modelJson from './model/kms-input-model.json';

export const ACCOUNT = '111122223333';
export const OTHER_ACCOUNT = '444455556666';
export const REGION = 'us-east-1';
export const OTHER_REGION = 'eu-west-1';
/** A fixed simulated start, so nothing depends on the wall clock. */
export const START = Date.UTC(2026, 0, 15, 12, 0, 0);

/** The retiring principal of the seeded grant. */
export const GRANT_RETIRING_PRINCIPAL = `arn:aws:iam::${ACCOUNT}:role/Application`;

export const keyArnOf = (keyId: string, region = REGION, account = ACCOUNT): string =>
  `arn:aws:kms:${region}:${account}:key/${keyId}`;
export const aliasArnOf = (alias: string, region = REGION, account = ACCOUNT): string =>
  `arn:aws:kms:${region}:${account}:${alias}`;

// ---------------------------------------------------------------------------------------
// The AWS service model (input side)

export interface ModelShape {
  shape: string;
  type:
    'string' | 'blob' | 'integer' | 'long' | 'boolean' | 'timestamp' | 'map' | 'list' | 'structure';
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  sensitive?: boolean;
  members?: Record<string, ModelShape>;
  required?: string[];
  member?: ModelShape;
  key?: ModelShape;
  value?: ModelShape;
}

export interface ModelOperation {
  input: ModelShape;
  errors: string[];
}

export const MODEL = modelJson as unknown as {
  source: string;
  operations: Record<string, ModelOperation>;
};

export function modelOperation(op: string): ModelOperation {
  const found = MODEL.operations[op];
  if (!found) throw new Error(`${op} is not an operation of the AWS KMS service model`);
  return found;
}

/** AWS prints member paths in lowerCamel: `KeyId` → `keyId`. */
export const wire = (member: string): string => member.charAt(0).toLowerCase() + member.slice(1);

/**
 * Exceptions any operation can return without declaring them: the common errors of AWS
 * APIs (validation, serialization, authentication, authorization, throttling).
 */
export const COMMON_ERRORS = new Set([
  'ValidationException',
  'SerializationException',
  'AccessDeniedException',
  'UnrecognizedClientException',
  'ThrottlingException',
  'UnknownOperationException',
]);

/**
 * Errors the engine returns that the operation does not declare in the AWS model. Each is a
 * fidelity question for the engine (see the bad-input report); the list keeps them visible.
 */
const UNREAD = new Set(['UnknownOperationException', 'SerializationException']);

export const UNDECLARED_BUT_KNOWN: Record<string, string> = {
  // aliasName.ts refuses `alias/aws/…` with InvalidAliasNameException, which only
  // CreateAlias declares; AWS's own answer is not published.
  'UpdateAlias:InvalidAliasNameException': 'alias/aws/ prefix',
  'DeleteAlias:InvalidAliasNameException': 'alias/aws/ prefix',
};

export function isDeclaredFor(op: string, error: string): boolean {
  return (
    COMMON_ERRORS.has(error) ||
    modelOperation(op).errors.includes(error) ||
    `${op}:${error}` in UNDECLARED_BUT_KNOWN
  );
}

// ---------------------------------------------------------------------------------------
// The seeded world

export const ALIAS = 'alias/bad-input';
export const CONTEXT = { purpose: 'bad-input', Department: 'Finance' };
export const PLAINTEXT = new TextEncoder().encode('attack at dawn');

export const VALID_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Enable IAM User Permissions',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
  ],
});

export interface World {
  kms: Kms;
  /** Enabled, rotated once on demand (two material versions), tagged, aliased as ALIAS. */
  keyId: string;
  keyArn: string;
  /** A second enabled key. */
  otherKeyId: string;
  /** Pending deletion. */
  pendingKeyId: string;
  /** Disabled. */
  disabledKeyId: string;
  /** An enabled key in OTHER_REGION only. */
  foreignKeyId: string;
  /** A multi-Region primary in REGION with a replica in OTHER_REGION. */
  multiRegionKeyId: string;
  /** Encrypt(keyId, PLAINTEXT, CONTEXT). */
  ciphertext: Uint8Array;
  /** Encrypt(otherKeyId, PLAINTEXT), no context. */
  otherCiphertext: Uint8Array;
  /** An enabled HMAC_256 GENERATE_VERIFY_MAC key. */
  macKeyId: string;
  /** GenerateMac(macKeyId, PLAINTEXT, HMAC_SHA_256). */
  mac: Uint8Array;
  /** An enabled ECC_NIST_P256 SIGN_VERIFY key pair (it has a public key). */
  signingKeyId: string;
  /** An enabled ECC_NIST_P256 KEY_AGREEMENT key pair. */
  agreementKeyId: string;
  /** A grant on keyId: Encrypt and Decrypt for the Developer role, retired by the Application role. */
  grantId: string;
  /** Its public key (DER SPKI): a valid peer key for DeriveSharedSecret on P-256. */
  agreementPublicKey: Uint8Array;
  /** Sign(signingKeyId, PLAINTEXT, ECDSA_SHA_256): a DER ECDSA signature. */
  signature: Uint8Array;
  /** Origin EXTERNAL, PendingImport, with open import parameters (RSAES_OAEP_SHA_256, RSA_2048). */
  externalKeyId: string;
  /** Those parameters' token, and 32 bytes of material wrapped (by Node) under their public key. */
  importToken: Uint8Array;
  encryptedMaterial: Uint8Array;
  /** Origin EXTERNAL, material imported: Enabled. */
  importedKeyId: string;
  /** A CloudHSM key store, CONNECTED, on its own ready cluster. */
  connectedStoreId: string;
  /** A CloudHSM key store, DISCONNECTED (never connected, no keys), on its own ready cluster. */
  disconnectedStoreId: string;
  disconnectedStoreClusterId: string;
  /** A ready cluster (ACTIVE, kmsuser, HSMs in two zones) no store uses, and its trust anchor. */
  freeCluster: { clusterId: string; trustAnchor: string };
}

/** The `kmsuser` password of every seeded cluster. */
export const KMSUSER_PASSWORD = 'kmsuser-bad-input';

/** Through the simulated CloudHSM API: ACTIVE, kmsuser, HSMs in zones a and b. */
async function readyCluster(kms: Kms): Promise<{ clusterId: string; trustAnchor: string }> {
  const { clusterId } = await kms.createCloudHsmCluster({ region: REGION });
  await kms.createCloudHsmHsm(clusterId, `${REGION}a`);
  const { trustAnchor } = await kms.initializeCloudHsmCluster(clusterId);
  await kms.activateCloudHsmCluster(clusterId, KMSUSER_PASSWORD);
  await kms.createCloudHsmHsm(clusterId, `${REGION}b`);
  return { clusterId, trustAnchor: trustAnchor! };
}

async function seedStore(kms: Kms, name: string, connect: boolean) {
  const cluster = await readyCluster(kms);
  const { CustomKeyStoreId } = await must(
    kms.call('CreateCustomKeyStore', {
      CustomKeyStoreName: name,
      CloudHsmClusterId: cluster.clusterId,
      TrustAnchorCertificate: cluster.trustAnchor,
      KeyStorePassword: KMSUSER_PASSWORD,
    }),
  );
  if (connect)
    await must(kms.call('ConnectCustomKeyStore', { CustomKeyStoreId: CustomKeyStoreId! }));
  return { storeId: CustomKeyStoreId!, clusterId: cluster.clusterId };
}

/** Imported material's wrapping, done outside KMS as its owner would (RSA-OAEP SHA-256). */
const wrapForImport = (publicKey: Uint8Array, material: Uint8Array): Uint8Array =>
  new Uint8Array(
    publicEncrypt(
      {
        key: createPublicKey({ key: Buffer.from(publicKey), format: 'der', type: 'spki' }),
        padding: constants.RSA_PKCS1_OAEP_PADDING,
        oaepHash: 'sha256',
      },
      material,
    ),
  );

async function must<T>(record: Promise<OperationRecord<T>>): Promise<T> {
  const r = await record;
  if (r.error) throw new Error(`seed failed: ${r.operation}: ${r.error.name} ${r.error.message}`);
  return r.output as T;
}

/**
 * A freshly seeded world for one test. Building it (RSA wrapping keys, key pairs, CloudHSM
 * stores) takes long, so it is built once per test file and every test gets its own engine
 * restored from that snapshot, with its own copy of the world's values: the same world, as
 * fresh as if it were built anew.
 */
let template: Promise<{ snapshot: KmsSnapshot; world: World }> | undefined;

export async function seed(): Promise<World> {
  template ??= buildWorld().then(async (world) => ({
    snapshot: await world.kms.snapshot(),
    world,
  }));
  const { snapshot, world } = await template;
  const kms = createKms({ accountId: ACCOUNT, startTime: START });
  await kms.restore(snapshot);
  const { kms: _built, ...values } = world;
  return { ...structuredClone(values), kms };
}

// Every test file that imports the fixture builds the world before its first test, with
// time to spare: building is slow on a loaded machine, and a test's own timeout is for the test.
beforeAll(async () => {
  await seed();
}, 120_000);

async function buildWorld(): Promise<World> {
  const kms = createKms({ accountId: ACCOUNT, startTime: START });
  const create = async (region = REGION, description = '') =>
    (await must(kms.call('CreateKey', { Description: description }, { region }))).KeyMetadata!
      .KeyId!;
  const keyId = await create(REGION, 'main key');
  const otherKeyId = await create(REGION, 'other key');
  const pendingKeyId = await create(REGION, 'pending deletion');
  const disabledKeyId = await create(REGION, 'disabled');
  const foreignKeyId = await create(OTHER_REGION, 'lives in eu-west-1');
  await must(kms.call('CreateAlias', { AliasName: ALIAS, TargetKeyId: keyId }));
  await must(
    kms.call('TagResource', {
      KeyId: keyId,
      Tags: [
        { TagKey: 'team', TagValue: 'crypto' },
        { TagKey: 'env', TagValue: 'test' },
      ],
    }),
  );
  await must(kms.call('EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: 365 }));
  await must(kms.call('RotateKeyOnDemand', { KeyId: keyId }));
  await must(kms.call('ScheduleKeyDeletion', { KeyId: pendingKeyId, PendingWindowInDays: 30 }));
  await must(kms.call('DisableKey', { KeyId: disabledKeyId }));
  const multiRegionKeyId = (await must(kms.call('CreateKey', { MultiRegion: true }))).KeyMetadata!
    .KeyId!;
  await must(kms.call('ReplicateKey', { KeyId: multiRegionKeyId, ReplicaRegion: OTHER_REGION }));
  const ciphertext = (
    await must(
      kms.call('Encrypt', { KeyId: keyId, Plaintext: PLAINTEXT, EncryptionContext: CONTEXT }),
    )
  ).CiphertextBlob!;
  const otherCiphertext = (
    await must(kms.call('Encrypt', { KeyId: otherKeyId, Plaintext: PLAINTEXT }))
  ).CiphertextBlob!;
  const macKeyId = (
    await must(kms.call('CreateKey', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }))
  ).KeyMetadata!.KeyId!;
  const mac = (
    await must(
      kms.call('GenerateMac', {
        KeyId: macKeyId,
        Message: PLAINTEXT,
        MacAlgorithm: 'HMAC_SHA_256',
      }),
    )
  ).Mac!;
  const signingKeyId = (
    await must(
      kms.call(
        'CreateKey',
        { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' },
        { region: REGION },
      ),
    )
  ).KeyMetadata!.KeyId!;
  const signature = (
    await must(
      kms.call('Sign', {
        KeyId: signingKeyId,
        Message: PLAINTEXT,
        SigningAlgorithm: 'ECDSA_SHA_256',
      }),
    )
  ).Signature!;
  const agreementKeyId = (
    await must(
      kms.call(
        'CreateKey',
        { KeySpec: 'ECC_NIST_P256', KeyUsage: 'KEY_AGREEMENT' },
        { region: REGION },
      ),
    )
  ).KeyMetadata!.KeyId!;
  const agreementPublicKey = (await must(kms.call('GetPublicKey', { KeyId: agreementKeyId })))
    .PublicKey!;
  const grantId = (
    await must(
      kms.call('CreateGrant', {
        KeyId: keyId,
        GranteePrincipal: `arn:aws:iam::${ACCOUNT}:role/Developer`,
        RetiringPrincipal: GRANT_RETIRING_PRINCIPAL,
        Operations: ['Encrypt', 'Decrypt'],
      }),
    )
  ).GrantId!;
  const importParameters = async (KeyId: string) =>
    must(
      kms.call('GetParametersForImport', {
        KeyId,
        WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
        WrappingKeySpec: 'RSA_2048',
      }),
    );
  const external = async () =>
    (await must(kms.call('CreateKey', { Origin: 'EXTERNAL' }))).KeyMetadata!.KeyId!;
  const externalKeyId = await external();
  const open = await importParameters(externalKeyId);
  const encryptedMaterial = wrapForImport(open.PublicKey!, new Uint8Array(randomBytes(32)));
  const importedKeyId = await external();
  const forImported = await importParameters(importedKeyId);
  await must(
    kms.call('ImportKeyMaterial', {
      KeyId: importedKeyId,
      ImportToken: forImported.ImportToken!,
      EncryptedKeyMaterial: wrapForImport(forImported.PublicKey!, new Uint8Array(randomBytes(32))),
      ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
    }),
  );
  const connected = await seedStore(kms, 'connected-store', true);
  const disconnected = await seedStore(kms, 'disconnected-store', false);
  const freeCluster = await readyCluster(kms);
  return {
    kms,
    connectedStoreId: connected.storeId,
    disconnectedStoreId: disconnected.storeId,
    disconnectedStoreClusterId: disconnected.clusterId,
    freeCluster,
    externalKeyId,
    importToken: open.ImportToken!,
    encryptedMaterial,
    importedKeyId,
    keyId,
    keyArn: keyArnOf(keyId),
    otherKeyId,
    pendingKeyId,
    disabledKeyId,
    foreignKeyId,
    multiRegionKeyId,
    ciphertext,
    otherCiphertext,
    macKeyId,
    mac,
    signingKeyId,
    agreementKeyId,
    agreementPublicKey,
    signature,
    grantId,
  };
}

/**
 * A request that succeeds, for every operation, in a freshly seeded world. Bad cases replace
 * or remove one member of it, so the one bad member is the only reason a call can fail.
 */
export function validInput(op: OperationName, w: World): Record<string, unknown> {
  const inputs: Record<OperationName, () => Record<string, unknown>> = {
    CancelKeyDeletion: () => ({ KeyId: w.pendingKeyId }),
    ConnectCustomKeyStore: () => ({ CustomKeyStoreId: w.disconnectedStoreId }),
    CreateCustomKeyStore: () => ({
      CustomKeyStoreName: 'brand-new-store',
      CloudHsmClusterId: w.freeCluster.clusterId,
      TrustAnchorCertificate: w.freeCluster.trustAnchor,
      KeyStorePassword: KMSUSER_PASSWORD,
      CustomKeyStoreType: 'AWS_CLOUDHSM',
    }),
    DeleteCustomKeyStore: () => ({ CustomKeyStoreId: w.disconnectedStoreId }),
    DescribeCustomKeyStores: () => ({ CustomKeyStoreId: w.connectedStoreId, Limit: 5 }),
    DisconnectCustomKeyStore: () => ({ CustomKeyStoreId: w.connectedStoreId }),
    UpdateCustomKeyStore: () => ({
      CustomKeyStoreId: w.disconnectedStoreId,
      NewCustomKeyStoreName: 'renamed-store',
      KeyStorePassword: 'a-new-kmsuser-password',
      CloudHsmClusterId: w.disconnectedStoreClusterId,
    }),
    CreateAlias: () => ({ AliasName: 'alias/brand-new', TargetKeyId: w.keyId }),
    CreateGrant: () => ({
      KeyId: w.keyId,
      GranteePrincipal: `arn:aws:iam::${ACCOUNT}:role/Application`,
      RetiringPrincipal: GRANT_RETIRING_PRINCIPAL,
      Operations: ['Encrypt', 'GenerateDataKey'],
      Constraints: { EncryptionContextSubset: { ...CONTEXT } },
      GrantTokens: ['grant-token'],
      Name: 'baseline-grant',
      DryRun: false,
    }),
    CreateKey: () => ({
      Policy: VALID_POLICY,
      Description: 'created by the baseline',
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeySpec: 'SYMMETRIC_DEFAULT',
      Origin: 'AWS_KMS',
      BypassPolicyLockoutSafetyCheck: false,
      Tags: [{ TagKey: 'k', TagValue: 'v' }],
      MultiRegion: false,
    }),
    Decrypt: () => ({
      CiphertextBlob: w.ciphertext,
      EncryptionContext: { ...CONTEXT },
      GrantTokens: ['grant-token'],
      KeyId: w.keyId,
      EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      DryRun: false,
    }),
    DeleteAlias: () => ({ AliasName: ALIAS }),
    ReplicateKey: () => ({
      KeyId: w.multiRegionKeyId,
      ReplicaRegion: 'ap-south-1',
      Policy: VALID_POLICY,
      BypassPolicyLockoutSafetyCheck: false,
      Description: 'a replica',
      Tags: [{ TagKey: 'k', TagValue: 'v' }],
    }),
    UpdatePrimaryRegion: () => ({ KeyId: w.multiRegionKeyId, PrimaryRegion: OTHER_REGION }),
    DeleteImportedKeyMaterial: () => ({ KeyId: w.importedKeyId }),
    DeriveSharedSecret: () => ({
      KeyId: w.agreementKeyId,
      KeyAgreementAlgorithm: 'ECDH',
      PublicKey: w.agreementPublicKey,
      GrantTokens: ['grant-token'],
      DryRun: false,
    }),
    DescribeKey: () => ({ KeyId: w.keyId, GrantTokens: [] }),
    GetPublicKey: () => ({ KeyId: w.signingKeyId, GrantTokens: [] }),
    DisableKey: () => ({ KeyId: w.keyId }),
    DisableKeyRotation: () => ({ KeyId: w.keyId }),
    EnableKey: () => ({ KeyId: w.disabledKeyId }),
    EnableKeyRotation: () => ({ KeyId: w.otherKeyId, RotationPeriodInDays: 180 }),
    Encrypt: () => ({
      KeyId: w.keyId,
      Plaintext: PLAINTEXT,
      EncryptionContext: { ...CONTEXT },
      GrantTokens: ['grant-token'],
      EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      DryRun: false,
    }),
    GenerateDataKey: () => ({
      KeyId: w.keyId,
      EncryptionContext: { ...CONTEXT },
      KeySpec: 'AES_256',
      GrantTokens: ['grant-token'],
      DryRun: false,
    }),
    GenerateDataKeyWithoutPlaintext: () => ({
      KeyId: w.keyId,
      EncryptionContext: { ...CONTEXT },
      NumberOfBytes: 64,
      GrantTokens: ['grant-token'],
      DryRun: false,
    }),
    GenerateDataKeyPair: () => ({
      KeyId: w.keyId,
      EncryptionContext: { ...CONTEXT },
      KeyPairSpec: 'ECC_NIST_P256',
      GrantTokens: ['grant-token'],
      DryRun: false,
    }),
    GenerateDataKeyPairWithoutPlaintext: () => ({
      KeyId: w.keyId,
      EncryptionContext: { ...CONTEXT },
      KeyPairSpec: 'ECC_NIST_P256',
      GrantTokens: ['grant-token'],
      DryRun: false,
    }),
    GenerateMac: () => ({
      Message: PLAINTEXT,
      KeyId: w.macKeyId,
      MacAlgorithm: 'HMAC_SHA_256',
      GrantTokens: ['grant-token'],
      DryRun: false,
    }),
    GenerateRandom: () => ({ NumberOfBytes: 16 }),
    GetKeyPolicy: () => ({ KeyId: w.keyId, PolicyName: 'default' }),
    GetKeyRotationStatus: () => ({ KeyId: w.keyId }),
    GetParametersForImport: () => ({
      KeyId: w.externalKeyId,
      WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
      WrappingKeySpec: 'RSA_2048',
    }),
    ImportKeyMaterial: () => ({
      KeyId: w.externalKeyId,
      ImportToken: w.importToken,
      EncryptedKeyMaterial: w.encryptedMaterial,
      ExpirationModel: 'KEY_MATERIAL_EXPIRES',
      ValidTo: new Date(START + 30 * 24 * 60 * 60 * 1000),
    }),
    ListAliases: () => ({ KeyId: w.keyId, Limit: 10 }),
    ListKeyPolicies: () => ({ KeyId: w.keyId, Limit: 1 }),
    ListKeyRotations: () => ({ KeyId: w.keyId, IncludeKeyMaterial: 'ALL_KEY_MATERIAL', Limit: 5 }),
    ListKeys: () => ({ Limit: 2 }),
    ListGrants: () => ({
      KeyId: w.keyId,
      GrantId: w.grantId,
      GranteePrincipal: `arn:aws:iam::${ACCOUNT}:role/Developer`,
      Limit: 5,
    }),
    ListRetirableGrants: () => ({ RetiringPrincipal: GRANT_RETIRING_PRINCIPAL, Limit: 5 }),
    ListResourceTags: () => ({ KeyId: w.keyId, Limit: 5 }),
    PutKeyPolicy: () => ({
      KeyId: w.keyId,
      PolicyName: 'default',
      Policy: VALID_POLICY,
      BypassPolicyLockoutSafetyCheck: false,
    }),
    ReEncrypt: () => ({
      CiphertextBlob: w.ciphertext,
      SourceEncryptionContext: { ...CONTEXT },
      SourceKeyId: w.keyId,
      DestinationKeyId: w.otherKeyId,
      DestinationEncryptionContext: { other: 'context' },
      SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      GrantTokens: ['grant-token'],
      DryRun: false,
    }),
    RetireGrant: () => ({ KeyId: w.keyId, GrantId: w.grantId, DryRun: false }),
    RevokeGrant: () => ({ KeyId: w.keyId, GrantId: w.grantId, DryRun: false }),
    RotateKeyOnDemand: () => ({ KeyId: w.keyId }),
    ScheduleKeyDeletion: () => ({ KeyId: w.otherKeyId, PendingWindowInDays: 7 }),
    Sign: () => ({
      KeyId: w.signingKeyId,
      Message: PLAINTEXT,
      MessageType: 'RAW',
      GrantTokens: ['grant-token'],
      SigningAlgorithm: 'ECDSA_SHA_256',
      DryRun: false,
    }),
    TagResource: () => ({ KeyId: w.keyId, Tags: [{ TagKey: 'owner', TagValue: 'me' }] }),
    UntagResource: () => ({ KeyId: w.keyId, TagKeys: ['team'] }),
    UpdateAlias: () => ({ AliasName: ALIAS, TargetKeyId: w.otherKeyId }),
    UpdateKeyDescription: () => ({ KeyId: w.keyId, Description: 'new description' }),
    Verify: () => ({
      KeyId: w.signingKeyId,
      Message: PLAINTEXT,
      MessageType: 'RAW',
      Signature: w.signature,
      SigningAlgorithm: 'ECDSA_SHA_256',
      GrantTokens: ['grant-token'],
      DryRun: false,
    }),
    VerifyMac: () => ({
      Message: PLAINTEXT,
      KeyId: w.macKeyId,
      MacAlgorithm: 'HMAC_SHA_256',
      Mac: w.mac,
      GrantTokens: ['grant-token'],
      DryRun: false,
    }),
  };
  const make = inputs[op];
  if (!make) throw new Error(`no valid baseline input for ${op}: add one to validInput`);
  return make();
}

export const ALL_OPERATIONS: readonly OperationName[] = OPERATION_NAMES;

// ---------------------------------------------------------------------------------------
// Assertions

export interface Expected {
  name: string;
  /**
   * The exact message; `''` for exceptions AWS sends without one (InvalidCiphertextException);
   * a function to check messages whose exact form is only partly known; omitted when AWS's
   * wording is unknown (only the name is asserted then).
   */
  message?: string | ((message: string) => void);
  region?: string;
}

/** The error of a record, asserting it is a KmsError and the call produced no output. */
export function errorOf(record: OperationRecord): KmsError {
  expect(record.output, `${record.operation} should have failed`).toBeUndefined();
  expect(record.error).toBeInstanceOf(KmsError);
  return record.error!;
}

export function checkMessage(actual: string, expected: Expected['message']): void {
  if (expected === undefined) return;
  if (typeof expected === 'function') expected(actual);
  else expect(actual).toBe(expected);
}

/**
 * Calls `op` and asserts: it fails with `expected`; the world is deep-equal to before (key
 * material, aliases, states, tags, rotation, clock); exactly one CloudTrail event was added,
 * for this operation, carrying the errorCode (and errorMessage when there is one); the error
 * is one the operation declares in the AWS model (or a common error).
 */
export async function expectRejected(
  kms: Kms,
  op: string,
  input: unknown,
  expected: Expected,
): Promise<KmsError> {
  const before = await kms.snapshot();
  const record = await kms.call(op, input, { region: expected.region ?? REGION });
  const error = errorOf(record);
  expect(error.name, `${op}: ${error.message}`).toBe(expected.name);
  checkMessage(error.message, expected.message);
  // A request KMS cannot read (unknown operation, unreadable member) is never audited.
  await expectUnchanged(kms, before, UNREAD.has(error.name) ? undefined : { op, error });
  if (Object.hasOwn(MODEL.operations, op)) {
    expect(isDeclaredFor(op, error.name), `${op} does not declare ${error.name}`).toBe(true);
  }
  return error;
}

/**
 * Asserts the world equals `before`. With `audited`, also that exactly one CloudTrail
 * event was added for `op` with the error's code; without it, that the trail is unchanged.
 */
export async function expectUnchanged(
  kms: Kms,
  before: KmsSnapshot,
  audited?: { op: string; error: { name: string; message: string } },
): Promise<void> {
  const after = await kms.snapshot();
  expect(after.world).toEqual(before.world);
  if (!audited) {
    expect(after.cloudTrail).toEqual(before.cloudTrail);
    return;
  }
  expect(after.cloudTrail.slice(0, -1)).toEqual(before.cloudTrail);
  expect(after.cloudTrail).toHaveLength(before.cloudTrail.length + 1);
  const last = after.cloudTrail.at(-1)!;
  expect(last.eventName).toBe(audited.op);
  expect(last.eventType).toBe('AwsApiCall');
  expect(last.errorCode).toBe(audited.error.name);
  expect(last.errorMessage).toBe(audited.error.message || undefined);
}

/** Calls `op` with `input` and asserts it succeeds (positive controls). */
export async function expectOk(
  kms: Kms,
  op: string,
  input: unknown,
  region = REGION,
): Promise<unknown> {
  const record = await kms.call(op, input, { region });
  expect(record.error, record.error && `${record.error.name}: ${record.error.message}`).toBe(
    undefined,
  );
  return record.output;
}

// ---------------------------------------------------------------------------------------
// The wire protocol

export interface WireExpected {
  status: number;
  type: string;
  /** `null`: the body must have no `message` key (AWS leaves it out when there is none). */
  message?: string | null;
  /**
   * Whether the request reached the engine (and so wrote a CloudTrail event). Omitted: either,
   * but the trail must agree with it (one event with the errorCode, or none).
   */
  audited?: boolean;
}

export async function expectWireRejected(
  kms: Kms,
  request: { target: string; body: string; region?: string },
  expected: WireExpected,
): Promise<Record<string, unknown>> {
  const before = await kms.snapshot();
  const response = await handleJsonRequest(kms, {
    target: request.target,
    region: request.region ?? REGION,
    body: request.body,
  });
  expect(response.status, response.body).toBe(expected.status);
  expect(response.headers['content-type']).toBe('application/x-amz-json-1.1');
  expect(response.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
  const body = JSON.parse(response.body) as Record<string, unknown>;
  expect(body.__type, response.body).toBe(expected.type);
  expect(Object.keys(body).every((k) => k === '__type' || k === 'message')).toBe(true);
  if (expected.message === null) expect(body).not.toHaveProperty('message');
  else if (expected.message !== undefined) expect(body.message).toBe(expected.message);
  const audited = (response.record?.events.length ?? 0) > 0;
  if (expected.audited !== undefined) {
    expect(audited, 'whether the request was audited').toBe(expected.audited);
  }
  await expectUnchanged(
    kms,
    before,
    audited
      ? {
          op: request.target.replace(/^TrentService\./, ''),
          error: { name: expected.type, message: String(body.message ?? '') },
        }
      : undefined,
  );
  return body;
}

export const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

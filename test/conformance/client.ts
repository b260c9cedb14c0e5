/**
 * Shared helpers for the conformance suite: every test here talks to the engine only
 * through the real AWS SDK for JavaScript v3 (`@aws-sdk/client-kms`), exactly as an
 * application would talk to AWS KMS, with `createSdkRequestHandler` in place of HTTPS.
 *
 * Coverage registry: each conformance file calls `trackCommands(import.meta.url)`. The
 * KMS operations a file exercises are the `new <Operation>Command(` it contains; after
 * the file's tests, `trackCommands` checks that every one of them was really sent through
 * the SDK (so dead code cannot count). coverage.test.ts unions those per-file sets and
 * compares them with the engine's OPERATION_NAMES.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CreateKeyCommand,
  KMSClient,
  KMSServiceException,
  type CreateKeyCommandInput,
  type KeyMetadata,
} from '@aws-sdk/client-kms';
import { afterAll, expect } from 'vitest';
import { createKms, createSdkRequestHandler, type Kms, type KmsOptions } from '../../src/engine';

// The SDK warns once per process that its releases after January 2027 need Node 22. That
// notice is about the SDK's future support, not about this suite: switch it off with the
// SDK's own setting, and leave every other warning alone.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export const ACCOUNT_ID = '111122223333';
export const DAY_MS = 24 * 60 * 60 * 1000;

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** KeyMaterialId / CurrentKeyMaterialId: BackingKeyIdType, 64 lowercase hex characters. */
export const MATERIAL_ID = /^[0-9a-f]{64}$/;

export const keyArnPattern = (region: string) =>
  new RegExp(
    `^arn:aws:kms:${region}:${ACCOUNT_ID}:key/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`,
  );
export const keyArn = (region: string, keyId: string) =>
  `arn:aws:kms:${region}:${ACCOUNT_ID}:key/${keyId}`;
export const aliasArn = (region: string, aliasName: string) =>
  `arn:aws:kms:${region}:${ACCOUNT_ID}:${aliasName}`;

// ---------------------------------------------------------------------------------------
// Which commands each file sends.

const sent = new Set<string>();

/** Operation names (`Encrypt`, …) constructed as `new <Op>Command(` in a source text. */
export function commandsIn(source: string): Set<string> {
  return new Set([...source.matchAll(/\bnew (\w+)Command\(/g)].map((m) => m[1]!));
}

/**
 * Registers the calling test file: after its tests, every command it constructs must
 * have been sent through the SDK at least once.
 */
export function trackCommands(fileUrl: string): void {
  const declared = commandsIn(readFileSync(fileURLToPath(fileUrl), 'utf8'));
  afterAll(() => {
    const unsent = [...declared].filter((op) => !sent.has(op)).sort();
    expect(unsent, 'commands constructed in this file but never sent').toEqual([]);
  });
}

// ---------------------------------------------------------------------------------------
// Engines and clients.

export interface Lab {
  kms: Kms;
  /** A KMSClient for `region`, wired to this engine through the SDK request handler. */
  client(region: string): KMSClient;
  /** us-east-1 */
  us: KMSClient;
  /** eu-west-1 */
  eu: KMSClient;
}

/**
 * A KMSClient for `region` wired to the engine, signing with `accessKeyId` (default AWS's
 * documentation key, which acts as root; src/engine/protocol/accessKeys.ts lists the others).
 */
export function sdkClient(
  kms: Kms,
  region: string,
  accessKeyId = 'AKIAIOSFODNN7EXAMPLE',
): KMSClient {
  const client = new KMSClient({
    region,
    credentials: {
      accessKeyId,
      secretAccessKey: 'conformance-secret',
      // STS temporary keys (ASIA…) come with a session token.
      ...(accessKeyId.startsWith('ASIA') ? { sessionToken: 'conformance-session-token' } : {}),
    },
    requestHandler: createSdkRequestHandler(kms),
  });
  client.middlewareStack.add(
    (next, context) => (args) => {
      sent.add(String(context.commandName).replace(/Command$/, ''));
      return next(args);
    },
    { step: 'initialize', name: 'kmsLabConformanceRegistry' },
  );
  return client;
}

/** A fresh engine (account 111122223333) with SDK clients for us-east-1 and eu-west-1. */
export function newLab(options: KmsOptions = {}): Lab {
  const kms = createKms({ accountId: ACCOUNT_ID, ...options });
  const clients = new Map<string, KMSClient>();
  const client = (region: string) => {
    let c = clients.get(region);
    if (!c) clients.set(region, (c = sdkClient(kms, region)));
    return c;
  };
  return { kms, client, us: client('us-east-1'), eu: client('eu-west-1') };
}

/** CreateKey through the SDK; returns the new key's metadata. */
export async function createKey(
  client: KMSClient,
  input: CreateKeyCommandInput = {},
): Promise<KeyMetadata & { KeyId: string; Arn: string }> {
  const { KeyMetadata: meta } = await client.send(new CreateKeyCommand(input));
  expect(meta?.KeyId).toBeDefined();
  expect(meta?.Arn).toBeDefined();
  return meta as KeyMetadata & { KeyId: string; Arn: string };
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
export const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

/** Response fields without the SDK's `$metadata`. */
export function body<T extends { $metadata: unknown }>(response: T): Omit<T, '$metadata'> {
  const { $metadata: _metadata, ...rest } = response;
  return rest;
}

// ---------------------------------------------------------------------------------------
// Errors.

/**
 * Every client error arrives with HTTP 400. The SDK's Smithy model declares 409 for a few
 * (Disabled, KMSInvalidState, AlreadyExists, Conflict), but responses recorded against the
 * real service show 400; the engine follows the service (src/engine/errors.ts).
 */

type ExceptionClass = abstract new (...args: never[]) => KMSServiceException;

export interface ExpectedError {
  /** The SDK's own class, or the name of an exception the KMS model does not declare. */
  type: ExceptionClass | 'ValidationException' | 'AccessDeniedException';
  /**
   * The message AWS sends. `null`: AWS sends none (the SDK then says `UnknownError`).
   * Omitted: not asserted (AWS's wording is not known).
   */
  message?: string | RegExp | null;
}

/** Awaits `promise`, expects it to reject with that KMS exception, and returns the error. */
export async function expectKmsError(
  promise: Promise<unknown>,
  expected: ExpectedError,
): Promise<KMSServiceException> {
  let error: unknown;
  try {
    await promise;
  } catch (e) {
    error = e;
  }
  expect(error, 'the call should have failed').toBeInstanceOf(KMSServiceException);
  const e = error as KMSServiceException;
  if (typeof expected.type === 'string') {
    expect(e.name).toBe(expected.type);
  } else {
    expect(e).toBeInstanceOf(expected.type);
  }
  expect(e.$fault).toBe('client');
  expect(e.$metadata.httpStatusCode).toBe(400);
  expect(e.$metadata.requestId).toMatch(UUID);
  if (expected.message === null) {
    expect(e.message).toBe('UnknownError');
  } else if (typeof expected.message === 'string') {
    expect(e.message).toBe(expected.message);
  } else if (expected.message instanceof RegExp) {
    expect(e.message).toMatch(expected.message);
  }
  return e;
}

/** Coral's one-error validation message, as KMS words it. */
export const validation = (detail: string) => `1 validation error detected: ${detail}`;

/**
 * The KMS wire protocol, application/x-amz-json-1.1: `X-Amz-Target: TrentService.<Op>`,
 * JSON bodies with blobs as base64 and timestamps as epoch seconds, and errors as
 * `{"__type": "<Exception>", "message": "…"}` with AWS's status codes. This is what the
 * AWS SDKs and CLI speak; the engine answers it in-process.
 *
 * Who calls comes from the SigV4 Authorization header's access key id (accessKeys.ts); a
 * request without one acts as `principal` (the app's own calls; default root).
 */
import { fromBase64, isBytes, toBase64 } from '../crypto/bytes';
import { isKmsError, kmsError, type KmsError } from '../errors';
import type { Kms } from '../kms';
import { isOperationName } from '../catalog';
import type { Principal } from '../principal';
import type { OperationRecord } from '../record';
import { loadedOperations, loadOperations } from '../registry';
import type { Members, Shape } from '../shapes';
import { accessKeyIdOf, identityOfAccessKey } from './accessKeys';

export interface JsonRequest {
  /** The X-Amz-Target header, e.g. `TrentService.Encrypt`. */
  target: string;
  region: string;
  /** The request body as sent (JSON text). */
  body: string;
  /** The Authorization header (SigV4), when the request was signed: it names the caller. */
  authorization?: string;
  /** Who calls when the request carries no Authorization header; default root. */
  principal?: Principal;
  userAgent?: string;
}

export interface JsonResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The engine's record of the call, when the request reached an operation. */
  record?: OperationRecord;
}

const TARGET_PREFIX = 'TrentService.';
const CONTENT_TYPE = 'application/x-amz-json-1.1';

export async function handleJsonRequest(kms: Kms, request: JsonRequest): Promise<JsonResponse> {
  // Authentication comes first: a key AWS does not know is refused before anything is read,
  // and the refusal is not audited (CloudTrail cannot say who made it).
  const accessKeyId = accessKeyIdOf(request.authorization);
  let principal = request.principal;
  if (accessKeyId !== undefined) {
    const id = identityOfAccessKey(accessKeyId);
    if (!id) {
      return errorResponse(
        kmsError(
          'UnrecognizedClientException',
          'The security token included in the request is invalid.',
        ),
        crypto.randomUUID(),
      );
    }
    principal = kms.principal(id);
  }
  const operation = request.target.startsWith(TARGET_PREFIX)
    ? request.target.slice(TARGET_PREFIX.length)
    : '';
  if (!isOperationName(operation))
    return errorResponse(kmsError('UnknownOperationException'), crypto.randomUUID());
  // Which members are blobs is the operation's shapes' to say; they load with the first
  // call, and once loaded are read without waiting.
  const op = (loadedOperations() ?? (await loadOperations())).OPERATIONS[operation];
  let input: unknown;
  try {
    input = decodeMembers(parseBody(request.body), op.input);
  } catch (e) {
    return errorResponse(
      isKmsError(e) ? e : kmsError('SerializationException'),
      crypto.randomUUID(),
    );
  }
  const record = await kms.call(operation, input, {
    region: request.region,
    ...(principal ? { principal } : {}),
    ...(accessKeyId ? { accessKeyId } : {}),
    ...(request.userAgent ? { userAgent: request.userAgent } : {}),
  });
  if (record.error) return { ...errorResponse(record.error, record.id), record };
  return {
    status: 200,
    headers: { 'content-type': CONTENT_TYPE, 'x-amzn-requestid': record.id },
    body: JSON.stringify(record.output, wireValue),
    record,
  };
}

function parseBody(body: string): unknown {
  if (body.trim() === '') return {};
  try {
    return JSON.parse(body);
  } catch {
    throw kmsError('SerializationException', 'Start of structure or map found where not expected.');
  }
}

/** Output values on the wire: blobs as base64, dates as epoch seconds. */
function wireValue(this: unknown, _key: string, value: unknown): unknown {
  if (isBytes(value)) return toBase64(value);
  // JSON.stringify calls Date#toJSON before the replacer: read the original from the holder.
  const original = (this as Record<string, unknown>)[_key];
  if (original instanceof Date) return original.getTime() / 1000;
  return value;
}

/** Turns base64 strings into bytes wherever the operation's shapes say a blob goes. */
function decodeMembers(value: unknown, members: Members): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [name, member] of Object.entries(members)) {
    if (out[name] !== undefined && out[name] !== null)
      out[name] = decodeValue(out[name], member.shape);
  }
  return out;
}

function decodeValue(value: unknown, shape: Shape): unknown {
  switch (shape.type) {
    case 'blob': {
      if (typeof value !== 'string')
        throw kmsError('SerializationException', 'Expected a base64-encoded string.');
      const bytes = fromBase64(value);
      if (!bytes) throw kmsError('SerializationException', 'Value is not valid base64.');
      return bytes;
    }
    case 'list':
      return Array.isArray(value) ? value.map((v) => decodeValue(v, shape.member)) : value;
    case 'structure':
      return decodeMembers(value, shape.members);
    default:
      return value;
  }
}

function errorResponse(error: KmsError, requestId: string): JsonResponse {
  return {
    status: error.httpStatus,
    headers: { 'content-type': CONTENT_TYPE, 'x-amzn-requestid': requestId },
    // KMS leaves `message` out when an exception has none (InvalidCiphertextException).
    body: JSON.stringify(
      error.message ? { __type: error.name, message: error.message } : { __type: error.name },
    ),
  };
}

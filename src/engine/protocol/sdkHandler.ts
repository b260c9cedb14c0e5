/**
 * A request handler for the AWS SDK for JavaScript v3 that answers in-process:
 *
 *   new KMSClient({ region, credentials, requestHandler: createSdkRequestHandler(kms) })
 *
 * The SDK signs and serializes as usual; this reads the Region from the host
 * (`kms.<region>.amazonaws.com`), hands the body and the Authorization header to the JSON
 * protocol handler and gives the SDK back an HTTP response with a Uint8Array body, as its
 * deserializers expect. The access key id of the client's credentials decides who calls
 * (accessKeys.ts has the table): `{ accessKeyId: 'ASIAKMSLABDEVELOPER1', secretAccessKey: … }`
 * acts as the Developer's session.
 */
import type { Kms } from '../kms';
import type { Principal } from '../principal';
import { fromUtf8, isBytes, utf8 } from '../crypto/bytes';
import { handleJsonRequest } from './jsonHandler';

/** The parts of the SDK's HttpRequest this handler reads. */
export interface SdkHttpRequest {
  hostname: string;
  headers: Record<string, string>;
  body?: unknown;
}

export interface SdkHttpResponse {
  statusCode: number;
  reason?: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface SdkRequestHandlerOptions {
  /**
   * Who a request without an Authorization header acts as; default the account's root. The
   * SDK always signs, so its requests act as their access key id says.
   */
  principal?: Principal;
}

const HOST = /^kms(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com$/;

export function createSdkRequestHandler(kms: Kms, options: SdkRequestHandlerOptions = {}) {
  return {
    metadata: { handlerProtocol: 'kms-lab/in-process' },
    async handle(request: SdkHttpRequest): Promise<{ response: SdkHttpResponse }> {
      const region = HOST.exec(request.hostname)?.[1] ?? '';
      const header = (name: string) =>
        Object.entries(request.headers).find(([k]) => k.toLowerCase() === name)?.[1];
      const authorization = header('authorization');
      const result = await handleJsonRequest(kms, {
        target: header('x-amz-target') ?? '',
        region,
        body: bodyText(request.body),
        ...(authorization !== undefined ? { authorization } : {}),
        ...(options.principal ? { principal: options.principal } : {}),
        userAgent: header('user-agent') ?? header('x-amz-user-agent') ?? 'aws-sdk-js',
      });
      const body = utf8(result.body);
      return {
        response: {
          statusCode: result.status,
          headers: { ...result.headers, 'content-length': String(body.length) },
          body,
        },
      };
    },
    updateHttpClientConfig(): void {},
    httpHandlerConfigs: () => ({}),
    destroy(): void {},
  };
}

function bodyText(body: unknown): string {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (isBytes(body)) return fromUtf8(body);
  throw new TypeError('KMS Lab: unsupported request body type');
}

/**
 * KMS errors. Every failure the engine reports is a KmsError whose `name` is the
 * AWS exception name and whose message reads as AWS writes it. Nothing else escapes
 * `kms.call` (anything unexpected becomes KMSInternalException).
 */

/** Exception names the engine raises, with the HTTP status AWS answers them with. */
export const EXCEPTION_STATUS = {
  AccessDeniedException: 400,
  AlreadyExistsException: 409,
  DisabledException: 409,
  IncorrectKeyException: 400,
  InvalidAliasNameException: 400,
  InvalidArnException: 400,
  InvalidCiphertextException: 400,
  InvalidGrantTokenException: 400,
  InvalidKeyUsageException: 400,
  InvalidMarkerException: 400,
  KMSInternalException: 500,
  KMSInvalidStateException: 409,
  LimitExceededException: 400,
  MalformedPolicyDocumentException: 400,
  NotFoundException: 400,
  SerializationException: 400,
  TagException: 400,
  UnknownOperationException: 400,
  UnsupportedOperationException: 400,
  ValidationException: 400,
  ConflictException: 409,
  UnrecognizedClientException: 400,
  NotAuthorizedException: 400,
  DryRunOperationException: 412,
} as const;

export type KmsExceptionName = keyof typeof EXCEPTION_STATUS;

export class KmsError extends Error {
  override readonly name: KmsExceptionName;
  readonly httpStatus: number;

  constructor(name: KmsExceptionName, message: string) {
    super(message);
    this.name = name;
    this.httpStatus = EXCEPTION_STATUS[name];
  }
}

export const kmsError = (name: KmsExceptionName, message = ''): KmsError =>
  new KmsError(name, message);

export const isKmsError = (e: unknown): e is KmsError => e instanceof KmsError;

/**
 * KMS errors. Every failure the engine reports is a KmsError whose `name` is the
 * AWS exception name and whose message reads as AWS writes it. Nothing else escapes
 * `kms.call` (anything unexpected becomes KMSInternalException).
 */

/**
 * Exception names the engine raises, with the HTTP status AWS answers them with. The SDK's
 * Smithy model declares 409 for a few (DisabledException, KMSInvalidStateException,
 * AlreadyExistsException, ConflictException) but the service answers every client fault
 * with 400: responses recorded against AWS show KMSInvalidStateException with 400. The SDK
 * picks the exception class from `__type`, so either way the same class arrives.
 */
export const EXCEPTION_STATUS = {
  AccessDeniedException: 400,
  AlreadyExistsException: 400,
  DisabledException: 400,
  IncorrectKeyException: 400,
  InvalidAliasNameException: 400,
  InvalidArnException: 400,
  InvalidCiphertextException: 400,
  InvalidGrantTokenException: 400,
  InvalidKeyUsageException: 400,
  InvalidMarkerException: 400,
  KMSInternalException: 500,
  KMSInvalidMacException: 400,
  KMSInvalidSignatureException: 400,
  KMSInvalidStateException: 400,
  LimitExceededException: 400,
  MalformedPolicyDocumentException: 400,
  NotFoundException: 400,
  SerializationException: 400,
  TagException: 400,
  UnknownOperationException: 400,
  UnsupportedOperationException: 400,
  ValidationException: 400,
  ConflictException: 400,
  UnrecognizedClientException: 400,
  NotAuthorizedException: 400,
  DryRunOperationException: 400,
  ExpiredImportTokenException: 400,
  IncorrectKeyMaterialException: 400,
  InvalidImportTokenException: 400,
  // CloudHSM key stores (customKeyStores.ts). KeyUnavailableException is a server fault.
  CloudHsmClusterInUseException: 400,
  CloudHsmClusterInvalidConfigurationException: 400,
  CloudHsmClusterNotActiveException: 400,
  CloudHsmClusterNotFoundException: 400,
  CloudHsmClusterNotRelatedException: 400,
  CustomKeyStoreHasCMKsException: 400,
  CustomKeyStoreInvalidStateException: 400,
  CustomKeyStoreNameInUseException: 400,
  CustomKeyStoreNotFoundException: 400,
  IncorrectTrustAnchorException: 400,
  KeyUnavailableException: 500,
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

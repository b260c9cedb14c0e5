/**
 * CloudHSM's errors, named as its API names them (CloudHsmInvalidRequestException, …). They
 * are CloudHSM's, not KMS's: the simulated service rejects with these, never with KmsError.
 */
export type CloudHsmErrorName =
  | 'CloudHsmInvalidRequestException'
  | 'CloudHsmResourceNotFoundException'
  | 'CloudHsmAccessDeniedException'
  | 'CloudHsmInternalFailureException';

export class CloudHsmError extends Error {
  override readonly name: CloudHsmErrorName;

  constructor(name: CloudHsmErrorName, message: string) {
    super(message);
    this.name = name;
  }
}

export const isCloudHsmError = (e: unknown): e is CloudHsmError => e instanceof CloudHsmError;

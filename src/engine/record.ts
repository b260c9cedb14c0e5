/** What one call (or one thing KMS did by itself) leaves behind. */
import type { CloudTrailEvent } from './cloudtrail';
import type { KmsError } from './errors';
import type { TraceStep } from './trace';

export interface OperationRecord<O = unknown> {
  /** Also the CloudTrail requestID of the call. */
  id: string;
  kind: 'api-call' | 'service-event';
  operation: string;
  region: string;
  /** The caller's ARN, or the service (kms.amazonaws.com) for service events. */
  principal: string;
  /** The AWS service that made this call for the principal (`s3.amazonaws.com`), if one did. */
  invokedBy?: string;
  /** Simulated time of the call, epoch milliseconds. */
  time: number;
  input: unknown;
  output?: O;
  error?: KmsError;
  trace: TraceStep[];
  events: CloudTrailEvent[];
}

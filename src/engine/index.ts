/**
 * KMS Lab's engine: AWS KMS in TypeScript with real cryptography (WebCrypto), for Node
 * and the browser. Framework-free: nothing here knows about React, the store or the DOM.
 */
export {
  createKms,
  Kms,
  DEFAULT_ACCOUNT_ID,
  DEFAULT_REGION,
  type CallOptions,
  type KmsOptions,
} from './kms';
export { handleJsonRequest, type JsonRequest, type JsonResponse } from './protocol/jsonHandler';
export { createSdkRequestHandler } from './protocol/sdkHandler';
export { KmsError, isKmsError, type KmsExceptionName } from './errors';
/** The simulated AWS CloudHSM service (Kms's cloudHsm* methods): its errors and views. */
// Straight from the small modules, not the cloudhsm/ barrel: that would put the CloudHSM API
// code, which loads on first use, into the first paint.
export { CloudHsmError, isCloudHsmError, type CloudHsmErrorName } from './cloudhsm/errors';
export type { CloudHsmClusterView } from './cloudhsm/view';
export type { ClusterState, Hsm, HsmState } from './cloudhsm/model';
export { stateRefusal } from './availability';
export {
  OPERATION_CATALOG,
  OPERATION_NAMES,
  factsOf,
  isOperationName,
  type OperationFacts,
  type OperationName,
} from './catalog';
/** The operations' implementations load on first use; `kms.call` loads them itself. */
export { loadOperations } from './registry';
export { loadAuthorization } from './authorization';
export type { OperationInput, OperationOutput } from './operations';
export type { OperationRecord } from './record';
export type { Shape, Member, Members } from './shapes';
export type { AuthorizeBasis, AuthorizeStep, TraceStep } from './trace';
export type { DecidedBy, MissingAllow } from './access';
export type { CloudTrailEvent, UserIdentity } from './cloudtrail';
export type { KmsSnapshot } from './snapshot';
export type {
  WorldView,
  KeyView,
  RegionView,
  IdentityView,
  GrantView,
  CustomKeyStoreView,
  StoredItemView,
} from './view';
export type { ServiceRequest, ServiceOutcome, ServiceError, ServiceWork } from './services/load';
export type { ServiceWorkAction, ServiceAction } from './services/requests';
export {
  AWS_SERVICE_NAMES,
  isAwsServiceName,
  type AwsServiceName,
  type Protection,
} from './services/model';
export { SERVICES, serviceOfPrincipal, viaService, type ServiceFacts } from './services/catalog';
export { DUE_EVENT_KINDS, isDueEventKind, type DueEvent, type DueEventKind } from './scheduler';
export { REGIONS, REGION_CODES, type RegionCode } from './regions';
/** Standard base64, as the AWS CLI prints blobs. */
export { toBase64, fromBase64 } from './crypto/bytes';
export { rootPrincipal, type Principal, type SessionIssuer } from './principal';
export {
  IDENTITY_IDS,
  PARTNER_ACCOUNT_ID,
  SERVICE_PRINCIPALS,
  identities,
  isIdentityId,
  isServicePrincipalName,
  principalOf,
  servicePrincipal,
  type Identity,
  type IdentityId,
  type ServicePrincipalName,
} from './principals';
export {
  IamError,
  isIamError,
  defaultIdentityPolicies,
  identityPoliciesOf,
  KEY_ADMINISTRATOR_ACTIONS,
  type IamErrorName,
  type IdentityPolicies,
} from './principalPolicies';
export {
  ACCESS_KEYS,
  ACCESS_KEY_OF,
  accessKeyIdOf,
  identityOfAccessKey,
} from './protocol/accessKeys';

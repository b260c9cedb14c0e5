/** Policy evaluation for KMS keys: parse documents, match, evaluate conditions, decide. */
export * from './conditions';
export * from './evaluate';
export * from './matching';
export * from './policyDocument';

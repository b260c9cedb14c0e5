import type { Widen } from '../messages';
import type { principalsEs } from './principals.es';

/** English texts of the principals feature: exactly the Spanish keys. */
export const principalsEn: Widen<typeof principalsEs> = {
  title: 'Who calls KMS',
  you: 'You',
  kind: {
    root: 'Root user',
    user: 'IAM user',
    role: 'IAM role',
    service: 'AWS service',
  },
  identity: {
    root: 'Root user',
    admin: 'Key administrator',
    developer: 'Developer',
    application: 'Application',
    auditor: 'Security auditor',
    partner: 'Partner in another account',
  },
  option: {
    root: '{{label}}',
    role: '{{label}} ({{role}})',
    otherAccount: '{{label}} ({{role}}, {{accountId}})',
  },
  actingAs: {
    label: 'Acting as',
    hint: 'Your KMS calls are made as this identity.',
  },
  acting: 'acting',
  session: 'session {{session}}',
  node: '{{kind}} {{name}}',
  callerNode: 'You: {{kind}} of account {{name}}',
  identityNode: '{{label}}: {{kind}} {{name}}',
  actingNode: '{{label}}: {{kind}} {{name}}, acting',
  rootNode: '{{label}} of account {{name}}',
  actingRootNode: '{{label}} of account {{name}}, acting',
  policies: {
    open: 'Policies',
    openFor: 'IAM policies of {{name}}',
    title: 'Identities',
    heading: '{{label}} ({{name}})',
    close: 'Close',
    choose: 'Identity',
    callsAs: 'Its calls are made as',
    iamEntity: 'IAM entity',
    account: 'Account',
    iamPolicies: 'IAM policies',
    readOnly:
      'The role’s inline IAM policies (JSON as IAM stores them). They are IAM’s, not KMS’s: changing them leaves no KMS record in CloudTrail.',
    none: 'This role has no IAM policies.',
    root: 'IAM attaches no policies to the root user: what it may do with a KMS key is up to the key’s policy.',
    otherAccount:
      'This role is in another account ({{accountId}}). To use a key of this account it needs permission on both sides: its IAM policy and the key policy.',
    edit: 'Edit',
    editNamed: 'Edit policy {{name}}',
    save: 'Save',
    cancel: 'Cancel',
    refused: 'IAM refuses the policy ({{name}}); nothing has changed.',
    editing: 'IAM policy {{name}} (JSON)',
    fixFirst: 'Cannot save: fix the policy’s problems first.',
    actAs: 'Act as this identity',
    actingNow: 'You are acting as this identity.',
  },
  outside: {
    title: 'Outside AWS',
    hint: 'Whoever does not call the KMS API: for example, encrypts with a downloaded public key.',
    node: 'Outside AWS: whoever does not call the KMS API',
  },
};

import type { Widen } from '../messages';
import type { worldEs } from './world.es';

/** English texts of the world feature: exactly the Spanish keys. */
export const worldEn: Widen<typeof worldEs> = {
  title: 'World',
  toggle: 'World',
  close: 'Close',
  storage: {
    hint: 'Your simulated account is kept in this browser (IndexedDB) and is still there after a reload. Key material is stored encrypted under a WebCrypto key that cannot be exported.',
    off: 'This browser does not let KMS Lab keep data: a reload starts from scratch.',
    idle: 'Kept in this browser.',
    saving: 'Saving…',
    saved: 'Saved in this browser ({{time}}).',
    failed: 'The last change could not be saved.',
  },
  start: {
    title: 'Start over',
    empty: 'Empty account',
    emptyHint: 'No KMS keys: you create everything.',
    sample: 'Sample account',
    sampleHint:
      'Four KMS keys in three Regions: alias/app-data with automatic rotation, alias/backups, alias/logs and a disabled key.',
  },
  confirm: {
    title: 'Start over?',
    empty: 'The current world will be replaced by an empty account.',
    sample: 'The current world will be replaced by the sample account.',
    lost: 'Every KMS key, alias, the audit log (CloudTrail) and the diagram layout will be lost. This cannot be undone. Your language stays.',
    cancel: 'Cancel',
    confirm: 'Yes, start over',
    busy: 'Preparing the world…',
    failed:
      'The account was emptied, but the sample account could not be built. Try again, or carry on with the empty account.',
  },
  sample: {
    appData: 'Application data',
    backups: 'Backups',
    oldBackups: 'Old backups (disabled)',
    logs: 'Application logs',
  },
  unreadable: {
    banner:
      'The world saved in this browser could not be read, so KMS Lab started with an empty account. Nothing was deleted: the unreadable copy is kept aside and you can export it as a file.',
    reason: 'Technical detail: {{reason}}',
    export: 'Export the unreadable copy',
    dismiss: 'Dismiss',
    title: 'Unreadable copies kept',
    found: 'Found on {{date}}',
    exportOne: 'Export the copy found on {{date}}',
    discardOne: 'Discard the copy found on {{date}}',
    exportShort: 'Export',
    discardShort: 'Discard',
  },
  awsServices: {
    name: {
      s3: 'Amazon S3',
      ebs: 'Amazon EBS',
      rds: 'Amazon RDS',
      ssm: 'Parameter Store',
      secretsmanager: 'Secrets Manager',
    },
    items: {
      s3_one: '{{count}} object',
      s3_other: '{{count}} objects',
      ebs_one: '{{count}} volume',
      ebs_other: '{{count}} volumes',
      rds_one: '{{count}} DB instance',
      rds_other: '{{count}} DB instances',
      ssm_one: '{{count}} parameter',
      ssm_other: '{{count}} parameters',
      secretsmanager_one: '{{count}} secret',
      secretsmanager_other: '{{count}} secrets',
    },
    nothing: 'nothing stored yet',
    awsOwned: 'AWS owned key',
    node: '{{name}} in {{region}}: {{items}}',
    nodeKeys: '{{name}} in {{region}}: {{items}}. Protected by: {{keys}}',
    ownedKey: {
      title: 'AWS owned key',
      hint: 'Outside your account: no key ID, no CloudTrail',
      node: 'AWS owned key, outside your account, used by {{services}} in {{region}}: no key ID, no CloudTrail',
    },
  },
  cloudHsm: {
    cluster: 'CloudHSM cluster',
    clusterNode: 'CloudHSM cluster {{cluster}} in {{region}} ({{state}}): {{count}} HSMs',
    noHsm: 'No HSM',
    hsmNode: 'HSM {{hsm}} of cluster {{cluster}} in {{zone}}',
    emptyNode: 'Zone {{zone}} of cluster {{cluster}} has no HSM',
    store: 'Custom key store',
    storeNode: 'Custom key store {{name}} ({{state}}) of cluster {{cluster}}: {{keys}}',
    noKeys: 'no KMS keys',
    keyIn: 'In CloudHSM: {{store}}',
    state: {
      CONNECTED: 'Connected',
      CONNECTING: 'Connecting',
      DISCONNECTED: 'Disconnected',
      DISCONNECTING: 'Disconnecting',
      FAILED: 'Not connected (FAILED)',
    },
  },
};

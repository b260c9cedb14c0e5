/** English texts. Typed as `Messages`, so they have exactly the Spanish keys. */
import type { CoreMessages } from './messages';
import { timeEn } from './features/time.en';
import { worldEn } from './features/world.en';
import { playerEn } from './features/player.en';
import { presenterEn } from './features/presenter.en';
import { principalsEn } from './features/principals.en';

export const enCore: CoreMessages = {
  app: {
    name: 'KMS Lab',
    tagline: 'See and run AWS KMS in your browser',
  },
  side: {
    label: 'Side panel',
    sections: {
      try: 'Try encryption',
      outside: 'Outside AWS',
      byok: 'Import material',
      services: 'AWS services',
      cloudHsm: 'CloudHSM',
      inspector: 'Inspector',
      operations: 'Operations',
      views: 'Diagrams',
      trail: 'CloudTrail',
    },
    headings: {
      inspector: 'KMS key inspector',
      operations: 'Operations',
    },
    loading: 'Loading…',
    copied: 'Copied',
  },
  language: {
    label: 'Language',
    es: 'Español',
    en: 'English',
  },
  regions: {
    'us-east-1': 'US East (N. Virginia)',
    'us-west-2': 'US West (Oregon)',
    'eu-west-1': 'Europe (Ireland)',
    'eu-central-1': 'Europe (Frankfurt)',
    'ap-south-1': 'Asia Pacific (Mumbai)',
    'ap-northeast-1': 'Asia Pacific (Tokyo)',
    'sa-east-1': 'South America (São Paulo)',
  },
  keyState: {
    Creating: 'Creating',
    Enabled: 'Enabled',
    Disabled: 'Disabled',
    PendingDeletion: 'Pending deletion',
    PendingImport: 'Pending import',
    PendingReplicaDeletion: 'Pending deletion (replica)',
    Unavailable: 'Unavailable',
    Updating: 'Updating',
  },
  canvas: {
    label: 'Account diagram: Regions and KMS keys',
    outsideHolds: 'Holds the public key of {{key}} ({{spec}})',
    account: 'AWS account {{accountId}}',
    region: 'Region {{code}}, {{name}}. KMS keys: {{count}}',
    selectedRegion: 'selected Region',
    emptyRegion: 'No KMS keys in this Region yet.',
    key: 'KMS key {{label}}, {{state}}',
    symmetric: 'Symmetric',
    keyManager: { CUSTOMER: 'Customer managed', AWS: 'AWS managed' },
    moreAliases: '+{{count}} more',
    multiRegion: {
      PRIMARY: 'Primary',
      REPLICA: 'Replica',
      node: '{{name}}; multi-Region key: {{role}}',
      edge: 'same key, same material',
      edgeName: 'Multi-Region key {{key}}: primary in {{primary}}, replica in {{replica}}',
    },
    service: {
      kms: 'KMS',
      cloudtrail: 'CloudTrail',
      cloudtrailHint: 'call log',
      kmsNode: 'KMS endpoint of Region {{code}}: {{host}}',
      cloudtrailNode: 'CloudTrail log of Region {{code}}',
    },
    regions: {
      button: 'Regions ({{shown}} of {{total}})',
      legend: 'Regions shown on the diagram',
      alwaysShown: '{{name}} (selected: always shown)',
    },
    a11y: {
      nodeDefault: 'Press Enter or Space to select this item.',
      nodeKeyboard: 'Press Enter or Space to select this item, then move it with the arrow keys.',
      nodeMoved: 'Item moved {{direction}}. New position: x {{x}}, y {{y}}.',
      edgeDefault: 'Press Enter or Space to select this relation.',
      controls: 'Diagram controls',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      fitView: 'Fit the diagram to the view',
      interactive: 'Allow or lock moving items',
      minimap: 'Diagram minimap',
      handle: 'Connection point',
      direction: {
        up: 'up',
        down: 'down',
        left: 'left',
        right: 'right',
      },
    },
  },
  panel: {
    title: 'Try encryption',
    intro:
      'Create a symmetric KMS key, encrypt a text with it and decrypt it again. It all happens in your browser: nothing goes out to AWS.',
    region: 'Region',
    regionHint: 'KMS keys are Regional: you can use one only in the Region where it was created.',
    busy: 'One moment…',
    createKey: {
      title: 'Create a symmetric key',
      description: 'Description (optional)',
      submit: 'Create KMS key',
      created: 'KMS key created: {{keyId}}',
    },
    encrypt: {
      title: 'Encrypt',
      key: 'KMS key',
      noKeys: 'There are no symmetric keys in this Region yet: create one above.',
      chooseKey: 'Choose a KMS key',
      plaintext: 'Plaintext',
      submit: 'Encrypt',
      ciphertext: 'Ciphertext (CiphertextBlob, base64)',
      size: '{{bytes}} bytes',
      copy: 'Copy the ciphertext',
      copied: 'Copied',
    },
    context: {
      legend: 'Encryption context (optional)',
      hint: 'A key-value pair that is not secret but is bound to the ciphertext: decrypting needs exactly the same one.',
      name: 'Context key',
      value: 'Context value',
    },
    decrypt: {
      title: 'Decrypt',
      hint: 'Sends the ciphertext above to KMS. You need not name the key: the ciphertext says which KMS key made it.',
      nothingYet: 'Encrypt a text first.',
      submit: 'Decrypt',
      plaintext: 'Decrypted plaintext',
    },
  },
  errors: {
    heading: '{{operation}} failed: {{name}}',
    awsMessage: 'AWS message: {{message}}',
    explain: {
      AccessDeniedException:
        'Access denied. Either no policy or grant allows it, or the ciphertext belongs to a KMS key that does not exist in this Region (for example, it was encrypted in another Region).',
      AlreadyExistsException:
        'A resource with that name already exists, for example the same alias in this Region.',
      DisabledException:
        'The key is disabled: KMS will not use it to encrypt or decrypt until it is enabled again.',
      IncorrectKeyException:
        'The ciphertext was not made with the KMS key you named. Use the key it was encrypted with.',
      InvalidAliasNameException:
        'The alias name is not valid: it must start with “alias/” and must not start with “alias/aws/”, which is reserved for AWS.',
      InvalidArnException: 'The ARN is not well formed.',
      InvalidCiphertextException:
        'KMS could not decrypt: the ciphertext is damaged or the encryption context is not exactly the one used to encrypt.',
      InvalidGrantTokenException: 'The grant token is not valid.',
      InvalidKeyUsageException: 'This KMS key cannot do this operation: its KeyUsage is different.',
      InvalidMarkerException:
        'The paging marker is not valid: use the one the previous response returned.',
      KMSInternalException: 'KMS had an internal error. Try again.',
      KMSInvalidMacException:
        'The HMAC is not valid: this KMS key did not compute it with this algorithm over this message (or the message changed).',
      KMSInvalidSignatureException:
        'The signature is not valid: this KMS key did not make it with this algorithm over this message (or the message changed).',
      KMSInvalidStateException:
        'The KMS key’s current state does not allow this operation (for example, it is pending deletion).',
      LimitExceededException:
        'A KMS quota was exceeded, for example the number of aliases or of on-demand rotations.',
      MalformedPolicyDocumentException:
        'The key policy is not a valid JSON document or contains a mistake.',
      NotFoundException:
        'KMS cannot find that key or alias in this Region. Remember: KMS keys are Regional.',
      SerializationException: 'The request is not in the format the KMS API expects.',
      TagException:
        'The tags are not valid, for example because they use the reserved “aws:” prefix.',
      UnknownOperationException: 'KMS does not know that operation.',
      UnsupportedOperationException:
        'This operation is not available for this KMS key, or KMS Lab does not simulate it yet.',
      ValidationException:
        'The request breaks the API’s rules: a value is missing, one too many is given, or one is out of range. AWS’s message below says which.',
      ConflictException: 'The request conflicts with another operation on the same resource.',
      UnrecognizedClientException:
        'KMS does not recognise the request: the Region or the credentials are not valid.',
      NotAuthorizedException: 'You are not authorized to do this operation.',
      DryRunOperationException:
        'It was a dry run (DryRun): the operation would have succeeded, but it was not carried out.',
      ExpiredImportTokenException:
        'The import token has expired (it lasts 24 hours): get new parameters with GetParametersForImport and wrap the material again.',
      IncorrectKeyMaterialException:
        'That key material is not the material this KMS key received the first time: a key with imported material only ever accepts the same material.',
      InvalidImportTokenException:
        'The import token is not for this KMS key, or does not match the public key the material was wrapped with.',
      CloudHsmClusterInUseException:
        'That CloudHSM cluster is already associated with another custom key store.',
      CloudHsmClusterInvalidConfigurationException:
        'The CloudHSM cluster does not meet what KMS needs, for example at least two active HSMs in different Availability Zones.',
      CloudHsmClusterNotActiveException:
        'The CloudHSM cluster is not active: it must be initialized and activated first.',
      CloudHsmClusterNotFoundException: 'KMS cannot find that CloudHSM cluster in this Region.',
      CloudHsmClusterNotRelatedException:
        'That cluster does not share backups with the key store’s original cluster: it is neither the same cluster nor one restored from it.',
      CustomKeyStoreHasCMKsException:
        'The custom key store still has KMS keys: delete them before deleting the store.',
      CustomKeyStoreInvalidStateException:
        'The custom key store’s connection state does not allow this operation (for example, it must be connected to create keys, or disconnected to change it).',
      CustomKeyStoreNameInUseException:
        'A custom key store with that name already exists in this Region.',
      CustomKeyStoreNotFoundException: 'KMS cannot find that custom key store in this Region.',
      IncorrectTrustAnchorException: 'The trust anchor certificate is not the CloudHSM cluster’s.',
      KeyUnavailableException:
        'The KMS key is not available right now, for example because its key store is disconnected.',
      unknown: 'KMS returned an unexpected error.',
    },
  },
  time: timeEn,
  world: worldEn,
  principals: principalsEn,
  player: playerEn,
  presenter: presenterEn,
};

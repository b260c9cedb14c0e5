import type { Widen } from '../messages';
import type { narrationEs } from './narration.es';

/** English narration: exactly the Spanish keys. */
export const narrationEn: Widen<typeof narrationEs> = {
  actors: {
    root: 'The root user',
  },
  call: '{{actor}} calls {{operation}} on the KMS endpoint in {{region}}',
  callViaService:
    '{{actor}} uses {{service}}, which calls {{operation}} at the KMS endpoint in {{region}} on their behalf: the key policy sees that principal with kms:ViaService {{via}}',
  validate: 'KMS refuses the request before looking at any key: {{error}}',
  resolveAlias: 'The alias {{alias}} points to the KMS key {{key}}',
  resolveKey: 'KMS finds the key {{key}} in {{region}}',
  resolveCiphertext: 'The ciphertext says which key made it: {{key}}',
  resolveMissing: 'KMS does not find {{given}} in {{region}}: it does not exist in this Region',
  authorizeAllow: 'The key policy allows {{action}} (statement "{{statement}}")',
  authorizeAllowIam:
    'The IAM policy "{{policy}}" allows {{action}} (statement "{{statement}}"), and the key policy lets IAM decide',
  authorizeAllowGrant: 'A grant ({{grant}}) allows {{action}}',
  authorizeAllowRoot: "The account's root user may do {{action}}: it needs no IAM policy",
  authorizeAllowRetire: 'The caller may retire the grant {{grant}}',
  authorizeDeny:
    'The key policy explicitly denies {{action}} (statement "{{statement}}"): access denied',
  authorizeDenyIam:
    'The IAM policy "{{policy}}" explicitly denies {{action}} (statement "{{statement}}"): access denied',
  authorizeDenyNoKeyPolicy:
    'No key policy statement and no grant allows {{action}} to the caller: access denied',
  authorizeDenyNoIamPolicy:
    "The key policy lets IAM decide, but none of the caller's IAM policies allows {{action}}: access denied",
  authorizeDenyRetire:
    'The caller may not retire the grant: it is not its retiring principal, nor its grantee with RetireGrant, nor the account: access denied',
  stateOk: 'The key {{key}} is {{state}} ({{stateApi}}): it can be used',
  stateRefused: 'The key {{key}} is {{state}} ({{stateApi}}): KMS refuses the operation',
  materialGenerate: 'KMS in {{region}} generates the material of key {{key}} (version {{version}})',
  materialEncrypt: "KMS in {{region}} encrypts with version {{version}} of the key's material",
  materialEncryptDataKey:
    "KMS in {{region}} generates a data key and encrypts it with version {{version}} of the key's material",
  materialDecrypt: "KMS in {{region}} decrypts with version {{version}} of the key's material",
  materialDecryptFailed:
    'Version {{version}} of the material cannot decrypt it: the ciphertext or the encryption context does not match',
  materialDecryptRelated:
    "KMS in {{region}} decrypts with version {{version}} of the multi-Region key {{key}}'s material: related keys share the material, so it decrypts here, with no call to another Region",
  materialRotate: 'KMS in {{region}} creates version {{version}} of the material: the key rotates',
  materialDestroy: "KMS in {{region}} destroys version {{version}} of the key's material",
  materialImport:
    'KMS unwraps the imported key material in {{region}} and keeps it in the key {{key}}: it never leaves again',
  materialSign:
    "KMS in {{region}} signs with {{key}}'s private key: the private key never leaves KMS",
  materialVerify: "KMS in {{region}} checks the signature with {{key}}'s public key: it is valid",
  materialVerifyFailed:
    'The signature does not match the message or the key {{key}}: it is not valid',
  materialGenerateMac: 'KMS in {{region}} computes the HMAC of the message with the key {{key}}',
  materialVerifyMac: 'KMS in {{region}} computes the HMAC again with the key {{key}}: it matches',
  materialVerifyMacFailed: 'The HMAC does not match the message or the key {{key}}',
  materialDeriveSharedSecret:
    "KMS in {{region}} combines {{key}}'s private key with the public key it was given (ECDH)",
  materialGenerateKeyPair:
    'KMS in {{region}} generates the key pair {{key}} ({{spec}}): the private key never leaves KMS',
  materialGenerateHmacKey:
    'KMS in {{region}} generates the HMAC key {{key}} ({{spec}}): it never leaves KMS',
  materialEncryptPublic: "KMS in {{region}} encrypts with {{key}}'s public key ({{algorithm}})",
  materialDecryptPrivate:
    "KMS in {{region}} decrypts with {{key}}'s private key ({{algorithm}}), which never leaves KMS",
  materialDecryptPrivateFailed:
    "{{key}}'s private key cannot decrypt it with {{algorithm}}: the ciphertext is not this key's, or it was encrypted with another algorithm",
  dataKeyWithPlaintext: 'A {{bytes}}-byte data key comes back: in plaintext and encrypted',
  dataKeyWithoutPlaintext: 'Only the encrypted copy of the data key comes back ({{bytes}} bytes)',
  dataKeyPairWithPlaintext:
    'A {{pair}} data key pair comes back: the public key, and the private key in plaintext and encrypted',
  dataKeyPairWithoutPlaintext:
    'A {{pair}} data key pair comes back: the public key and only the encrypted copy of the private key',
  materialEncryptDataKeyPair:
    "KMS in {{region}} generates a data key pair and encrypts its private key with version {{version}} of the key's material",
  random: 'The KMS HSMs in {{region}} generate {{bytes}} random bytes',
  keyCreated: 'The KMS key {{key}} is created',
  keyEnabled: 'The key {{key}} is now enabled',
  keyDisabled: 'The key {{key}} is now disabled',
  keyDeletionScheduled: 'The key {{key}} is now pending deletion',
  keyDeletionCancelled: 'Deletion is cancelled: the key {{key}} comes back disabled',
  keyDeleted: 'The key {{key}} and all its material are gone for good',
  keyDescription: 'The description of key {{key}} changes',
  keyTags: 'The tags of key {{key}} change',
  keyPolicy: 'The policy of key {{key}} changes',
  keyRotationEnabled: 'Automatic rotation of key {{key}} is turned on',
  keyRotationDisabled: 'Automatic rotation of key {{key}} is turned off',
  keyGrantCreated: 'The key {{key}} has a new grant',
  keyGrantRetired: 'A grant of the key {{key}} is retired',
  keyGrantRevoked: 'A grant of the key {{key}} is revoked',
  keyChanged: 'The key {{key}} changes ({{what}})',
  keyReplicated:
    'KMS creates the replica in {{region}} with the same ID ({{key}}) and copies the key material',
  keyPrimaryRegionPrimary: 'The replica {{key}} in {{region}} becomes the primary key',
  keyPrimaryRegionReplica: 'The primary key {{key}} in {{region}} becomes a replica',
  keySynchronized:
    'KMS finishes synchronizing the multi-Region key {{key}} in {{region}} with its related keys',
  aliasCreated: 'The alias {{alias}} is created',
  aliasRetargeted: 'The alias {{alias}} now points to another key',
  aliasDeleted: 'The alias {{alias}} is deleted',
  aliasChanged: 'The alias {{alias}} changes ({{what}})',
  audit: 'CloudTrail records {{event}} in {{region}}',
  returnOk: '{{operation}} succeeds and the answer goes back to the caller',
  returnError: '{{operation}} fails with {{error}}',
  localEncrypt:
    '{{actor}} encrypts {{bytes}} bytes on their own machine with the plaintext data key: the data never goes to KMS',
  localDecrypt:
    '{{actor}} decrypts {{bytes}} bytes on their own machine with the data key KMS returned',
  localDiscard:
    '{{actor}} erases the plaintext data key from memory and keeps only its encrypted copy next to the data',
  localSharePublicKey:
    '{{actor}} hands the public key to someone outside AWS: it may travel freely, the private key never leaves KMS',
  localEncryptWithPublicKey:
    'Someone outside AWS encrypts {{bytes}} bytes with the public key ({{algorithm}}) on their own machine, without calling KMS or holding AWS credentials',
  localSendCiphertext:
    '{{actor}} receives the ciphertext ({{bytes}} bytes): only the private key, inside KMS, can decrypt it',
  localSendSignature:
    '{{actor}} sends the message and its signature ({{bytes}} bytes) to someone outside AWS',
  localVerifyWithPublicKey:
    'Someone outside AWS verifies the signature with the public key ({{algorithm}}), without calling KMS: it is valid',
  localVerifyWithPublicKeyFailed:
    'Someone outside AWS verifies the signature with the public key ({{algorithm}}): it is not valid, the message or the signature changed',
  localDownloadImportParameters:
    '{{actor}} takes the public wrapping key and the import token ({{bytes}} bytes) to their workstation outside AWS',
  localGenerateKeyMaterial:
    'The owner generates {{bytes}} bytes of key material on their workstation, outside AWS: it is theirs, and they must keep a copy',
  localWrapKeyMaterial:
    'The owner encrypts (wraps) the material with the public wrapping key ({{algorithm}}) on their workstation, outside AWS',
  localSendWrappedMaterial:
    'The encrypted material ({{bytes}} bytes) and the import token go to {{actor}}, who sends them to KMS with ImportKeyMaterial',
  serviceRequest:
    '{{actor}} asks {{service}} in {{region}} for {{serviceAction}}: {{service}} will call KMS',
  serviceResponse: '{{service}} answers the caller: {{serviceAction}} succeeds',
  serviceResponseError:
    '{{service}} refuses {{serviceAction}} and answers the caller with {{errorCode}}',
  serviceEncrypt:
    '{{service}} encrypts the data ({{bytes}} bytes) with the plaintext data key, outside KMS',
  serviceDecrypt:
    '{{service}} decrypts the data ({{bytes}} bytes) with the data key KMS returned, outside KMS',
  serviceDiscard:
    '{{service}} erases the plaintext data key from memory and keeps only its encrypted copy',
  serviceStore: '{{service}} stores the encrypted data next to the encrypted data key',
  serviceHoldDataKey:
    '{{service}} keeps the plaintext data key in the host’s memory while the volume is attached',
  awsOwnedEncrypt:
    '{{service}} encrypts the data ({{bytes}} bytes) with an AWS owned key: no call reaches KMS in your account and nothing goes to its CloudTrail',
  awsOwnedDecrypt:
    '{{service}} decrypts the data ({{bytes}} bytes) with an AWS owned key: again nothing reaches KMS in your account or its CloudTrail',
  hsmGenerate:
    'HSM {{hsm}} of cluster {{cluster}} in {{zone}} generates the key material of {{key}}: it lives in your CloudHSM cluster',
  hsmEncrypt:
    'HSM {{hsm}} of cluster {{cluster}} in {{zone}} encrypts with the key material of {{key}}',
  hsmEncryptDataKey:
    'HSM {{hsm}} of cluster {{cluster}} in {{zone}} encrypts a data key with the key material of {{key}}',
  hsmDecrypt:
    'HSM {{hsm}} of cluster {{cluster}} in {{zone}} decrypts with the key material of {{key}}',
  hsmDecryptFailed:
    'HSM {{hsm}} of cluster {{cluster}} cannot decrypt it: the ciphertext or the encryption context do not match',
  hsmDestroy: 'The key material of {{key}} is deleted from the HSMs of cluster {{cluster}}',
  hsmNoHsm: 'Cluster {{cluster}} has no active HSM: key {{key}} cannot work',
  hsmRandom: 'HSM {{hsm}} of cluster {{cluster}} in {{zone}} generates {{bytes}} random bytes',
  storeCreated: 'KMS creates the custom key store {{store}} in {{region}}, disconnected',
  storeUpdated: 'The settings of custom key store {{store}} change',
  storeDeleted: 'Custom key store {{store}} is deleted',
  storeConnecting: 'Key store {{store}} starts connecting: KMS logs in to the cluster as kmsuser',
  storeConnected: 'Key store {{store}} is connected: its KMS keys can work in the cluster',
  storeConnectionFailed:
    'Key store {{store}} fails to connect (FAILED): see its ConnectionErrorCode',
  storeDisconnected: 'Key store {{store}} disconnects: its KMS keys become Unavailable',
  storeChanged: 'Custom key store {{store}} changes ({{what}})',
};

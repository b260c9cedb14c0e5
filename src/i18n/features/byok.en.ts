import type { Widen } from '../messages';
import type { byokEs } from './byok.es';

/**
 * English texts of "Import material": bring your own key — the owner's workstation outside
 * AWS makes the key material, wraps it and imports it into a KMS key created without any.
 */
export const byokEn: Widen<typeof byokEs> = {
  title: 'Imported key material (BYOK): your workstation, outside AWS',
  intro:
    'You bring your own key: you create a KMS key with no material, generate 256 bits of material on your workstation, encrypt it with a public key KMS gives you and send it. KMS decrypts it inside its HSMs and the key becomes enabled.',
  duty: 'The material is yours and you are responsible for it: keep a copy. If you delete it or it expires, the key goes back to Pending import and nothing encrypted under it decrypts until you import the same material again. Here your copy lives only in this session’s memory.',
  limits:
    'For the exam: symmetric 256-bit keys only, no automatic rotation (you rotate by hand) and no custom key store.',
  roles: {
    owner: 'Key owner · calls KMS',
    workstation: 'Owner’s workstation · outside AWS, no call to KMS',
  },
  key: {
    title: 'Create a KMS key with no material (Origin EXTERNAL)',
    explain:
      'CreateKey with Origin EXTERNAL creates the key’s “envelope” without material: it is Pending import and encrypts nothing yet.',
    label: 'KMS key for imported material',
    choose: 'Choose a key',
    none: 'No key with origin EXTERNAL in {{region}} yet: create one.',
    create: 'Create key (Origin EXTERNAL)',
    state: 'State: {{state}}',
  },
  parameters: {
    title: 'Download the public wrapping key and the import token',
    explain:
      'GetParametersForImport returns an RSA public key to encrypt your material with and an import token that must go with it. They are valid for 24 hours.',
    algorithm: 'Wrapping algorithm (WrappingAlgorithm)',
    algorithmHint: {
      RSAES_OAEP_SHA_256: 'RSA-OAEP with SHA-256 encrypts the material directly (recommended).',
      RSAES_OAEP_SHA_1: 'RSA-OAEP with SHA-1 encrypts the material directly.',
      RSA_AES_KEY_WRAP_SHA_256:
        'An ephemeral AES-256 key encrypted with RSA-OAEP (SHA-256), followed by the material wrapped under that AES key (RFC 5649).',
      RSA_AES_KEY_WRAP_SHA_1:
        'An ephemeral AES-256 key encrypted with RSA-OAEP (SHA-1), followed by the material wrapped under that AES key (RFC 5649).',
    },
    spec: 'Wrapping key (WrappingKeySpec)',
    slow: 'Generating an RSA 4096 key can take a few seconds.',
    get: 'Get parameters (GetParametersForImport)',
    needKey: 'First choose or create a key with origin EXTERNAL.',
    held: 'Your workstation holds the public wrapping key ({{spec}}, {{algorithm}}) and the import token. Valid until {{date}}.',
    pem: 'Public wrapping key (PEM)',
    downloadPem: 'Download public key (.pem)',
    downloadDer: 'Download public key (.der)',
    downloadToken: 'Download import token',
    copy: 'Copy public key',
  },
  material: {
    title: 'Generate your key material (256 bits)',
    explain:
      'It is generated on your workstation with the browser’s random generator (crypto.getRandomValues): KMS never sees it in plaintext.',
    generate: 'Generate material',
    ready:
      'Your material: {{bytes}} bytes. Download a copy and keep it: without it you cannot import it again.',
    hex: 'Material (hex)',
    base64: 'Material (base64)',
    download: 'Download your copy (.bin)',
    copy: 'Copy material (base64)',
    reuse: 'Reuse your copy',
    paste: 'Already have your copy? Paste the material (base64)',
    pasteHint: 'To import the same material into its key again.',
    use: 'Use this material',
    errors: {
      empty: 'Paste the material in base64. KMS was not called.',
      notBase64: 'This is not valid base64. KMS was not called.',
      wrongSize:
        'The material has {{bytes}} bytes; a symmetric key needs 32 (256 bits). KMS was not called.',
    },
  },
  wrap: {
    title: 'Encrypt (wrap) the material with the public key',
    explain:
      'On your workstation, with the downloaded public wrapping key and WebCrypto. Only the private wrapping key, inside KMS, can open it.',
    submit: 'Wrap material',
    done: 'Encrypted material: {{bytes}} bytes ({{algorithm}}). It goes to KMS with the import token.',
    copy: 'Copy encrypted material',
    download: 'Download encrypted material',
  },
  importing: {
    title: 'Import the material (ImportKeyMaterial)',
    explain:
      'You send the encrypted material and the token. KMS decrypts it with the private wrapping key and keeps the material: the key becomes Enabled.',
    expiration: 'Material expiration (ExpirationModel)',
    models: {
      KEY_MATERIAL_DOES_NOT_EXPIRE: 'Does not expire (KEY_MATERIAL_DOES_NOT_EXPIRE)',
      KEY_MATERIAL_EXPIRES: 'Expires (KEY_MATERIAL_EXPIRES)',
    },
    validTo: 'Expires on (ValidTo, 00:00 UTC)',
    validToHint: 'At most 365 days from now ({{now}}).',
    submit: 'Import material',
    done: 'Material imported. Key state: {{state}}.',
    errors: {
      noValidTo: 'The expiration date (ValidTo) is missing. KMS was not called.',
      validToPast: 'ValidTo must be later than now. KMS was not called.',
      validToTooFar: 'ValidTo can be at most 365 days away. KMS was not called.',
    },
  },
  use: {
    title: 'Use the key, delete its material and import it again',
    explain:
      'Encrypt a message to prove the key works. Then delete the material (DeleteImportedKeyMaterial): the key goes back to Pending import and Decrypt fails. Import the same material again (step 5) and the old ciphertext decrypts again.',
    state: 'Key state: {{state}}',
    message: 'Message',
    defaultMessage: 'March payroll',
    encrypt: 'Encrypt',
    encrypted: 'Ciphertext: {{bytes}} bytes',
    decrypt: 'Decrypt',
    decrypted: 'Decrypted: “{{text}}”',
    delete: 'Delete the imported material (DeleteImportedKeyMaterial)',
    deleted: 'Material deleted: the key is {{state}}. Import the same material again to use it.',
  },
  errors: {
    noParameters: 'First download the public wrapping key (step 2).',
    noMaterial: 'First generate your material or paste your copy (step 3).',
    noWrapped: 'First encrypt the material with the public key (step 4).',
  },
};

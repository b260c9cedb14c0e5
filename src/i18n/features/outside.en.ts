import type { Widen } from '../messages';
import type { outsideEs } from './outside.es';

/** English texts of "Outside AWS": exactly the Spanish keys. */
export const outsideEn: Widen<typeof outsideEs> = {
  title: 'Asymmetric keys: outside AWS',
  intro:
    'An asymmetric key is a pair. The private key never leaves KMS: it is used only by calling the API. The public key can be downloaded and given to people who cannot call KMS. Here you play both parts.',
  contrast:
    'For the exam: AWS services integrated with KMS and envelope encryption use symmetric keys. Asymmetric keys have no automatic rotation and take no encryption context.',
  roles: {
    owner: 'Key owner · calls KMS',
    outside: 'Outside AWS · no credentials, only the public key',
  },
  pair: {
    title: 'Choose or create a key pair',
    key: 'Key pair',
    choose: 'Choose a key pair',
    none: 'There are no asymmetric keys to encrypt or sign with in this Region yet: create one.',
    spec: 'Key spec (KeySpec)',
    usage: 'Key usage (KeyUsage)',
    usages: {
      ENCRYPT_DECRYPT: 'Encrypt and decrypt (ENCRYPT_DECRYPT)',
      SIGN_VERIFY: 'Sign and verify (SIGN_VERIFY)',
    },
    create: 'Create key pair',
    slow: 'Generating an RSA 4096 key can take a few seconds.',
  },
  publicKey: {
    title: 'The owner downloads the public key and hands it out',
    explain:
      'GetPublicKey returns the public key in DER (SubjectPublicKeyInfo). Whoever receives it can encrypt for the owner or check the owner’s signatures without calling KMS.',
    get: 'Download and hand out the public key',
    held: 'Someone outside AWS now holds the public key ({{spec}}, {{usage}}).',
    pem: 'Public key (PEM)',
    downloadPem: 'Download public key (PEM)',
    downloadDer: 'Download public key (DER)',
    copy: 'Copy PEM',
  },
  encrypt: {
    title: 'Encrypt a message outside AWS',
    message: 'Message for the owner',
    defaultMessage: 'Contract 4711: only the key owner can read this.',
    algorithm: 'Encryption algorithm',
    limit: 'With this key and this algorithm at most {{max}} bytes fit.',
    submit: 'Encrypt with the public key (no KMS)',
    done: 'Encrypted in the browser, without calling KMS. Ciphertext ({{bytes}} bytes, base64):',
    copy: 'Copy ciphertext',
  },
  decrypt: {
    title: 'The owner decrypts it with KMS',
    ciphertext: 'Ciphertext received (base64)',
    hint: 'The ciphertext from the previous step arrives here. You can also paste one made elsewhere with this public key (with OpenSSL, say).',
    algorithm: 'Algorithm it was encrypted with',
    submit: 'Decrypt with KMS (Decrypt)',
    result: 'KMS decrypts it with the private key, which never leaves KMS:',
  },
  sign: {
    title: 'The owner signs a message with KMS',
    message: 'Message to sign',
    defaultMessage: 'I authorize the payment of €100 to account ES12 3456.',
    algorithm: 'Signing algorithm',
    submit: 'Sign with KMS (Sign)',
    signature: 'Signature ({{bytes}} bytes, base64), sent with the message:',
    copy: 'Copy signature',
  },
  verify: {
    title: 'Verify the signature outside AWS',
    message: 'Message received',
    hint: 'Change it and verify again: the signature is no longer valid.',
    submit: 'Verify with the public key (no KMS)',
    valid: 'Valid signature: the message is exactly the one the key owner signed.',
    invalid: 'Invalid signature: the message or the signature changed.',
    needSignature: 'The owner has to sign a message first.',
  },
  errors: {
    tooLong:
      'The message is too long for RSA-OAEP: with this key and this algorithm at most {{max}} bytes fit. Nothing was encrypted.',
    notBase64: 'The ciphertext is not valid base64. KMS was not called.',
    empty: 'Write a message: KMS decrypts 1 to 4096 bytes, never an empty message.',
  },
};

import type { Widen } from '../messages';
import type { viewsEs } from './views.es';

/** English texts of the named views: exactly the Spanish keys. */
export const viewsEn: Widen<typeof viewsEs> = {
  title: 'Course diagrams',
  intro:
    'Each of the course’s diagrams, live on your account. “Run it” makes real KMS calls (creating what is missing, reusing what exists) and the player narrates them step by step; “Show” only frames the diagram.',
  teaches: 'What it teaches',
  does: 'What “Run it” does',
  run: 'Run it',
  show: 'Show',
  busy: 'Another diagram is running: wait for it to finish.',
  outcome: {
    running: 'Running: the player narrates each call.',
    ok: 'Last run: all good.',
    failed: 'Last run: {{operation}} failed with {{error}}.',
    mismatch: 'Last run: {{operation}} did not give back the original message.',
    unexpected: 'Last run: failed ({{error}}).',
  },
  local: {
    'encrypt-data': 'local encryption',
    'decrypt-data': 'local decryption',
    'discard-plaintext-key': 'discarding the data key',
    'share-public-key': 'handing out the public key',
    'encrypt-with-public-key': 'encrypting with the public key',
    'send-ciphertext': 'sending the ciphertext',
    'send-signature': 'sending the signature',
    'verify-with-public-key': 'verifying with the public key',
    'download-import-parameters': 'downloading the wrapping key and token',
    'generate-key-material': 'generating the key material',
    'wrap-key-material': 'wrapping the key material',
    'send-wrapped-material': 'sending the encrypted material',
    'service-request': 'the request to the AWS service',
    'service-response': 'the AWS service’s answer',
    'service-encrypt-data': 'encryption in the service',
    'service-decrypt-data': 'decryption in the service',
    'service-discard-plaintext-key': 'discarding the data key in the service',
    'service-store': 'storing the encrypted data',
    'service-hold-data-key': 'the data key in the host’s memory',
    'aws-owned-encrypt': 'encrypting with an AWS owned key',
    'aws-owned-decrypt': 'decrypting with an AWS owned key',
  },
  keyTypesTable: {
    caption: 'Key types (the course’s table), with what {{region}} holds now',
    type: 'Type',
    manager: 'Who manages it',
    rotation: 'Rotation',
    use: 'Can you use it?',
    see: 'Can you see it?',
    now: 'Now in {{region}}',
    customer: {
      name: 'Customer managed',
      manager: 'You',
      rotation: 'Optional (yearly by default)',
      use: 'Yes',
      see: 'Yes, and audit it in CloudTrail',
      now_one: '{{count}} key',
      now_other: '{{count}} keys',
    },
    awsManaged: {
      name: 'AWS managed (aws/service)',
      manager: 'AWS',
      rotation: 'Mandatory, every year',
      use: 'Only through the service',
      see: 'Yes, and audit it in CloudTrail',
      now_one: '{{count}} key',
      now_other: '{{count}} keys',
    },
    awsOwned: {
      name: 'AWS owned',
      manager: 'AWS',
      rotation: 'Up to AWS',
      use: 'No (the service uses it for you)',
      see: 'No: neither in ListKeys nor in CloudTrail',
      now_one: '{{count}} object protected, no key visible',
      now_other: '{{count}} objects protected, no key visible',
    },
  },
  items: {
    symmetric: {
      title: 'Symmetric key',
      teaches:
        'One KMS key encrypts and decrypts. The caller sends the data to KMS and gets back ciphertext or plaintext: the key material never leaves KMS.',
      does: 'In {{region}}: creates the key alias/kmslab-symmetric if missing, encrypts a short message with Encrypt and decrypts it with Decrypt.',
    },
    envelope: {
      title: 'Envelope encryption',
      teaches:
        'KMS generates a data key and returns it in plaintext and encrypted. The caller encrypts the data on its own machine, erases the plaintext copy and keeps the encrypted one next to the data: the data never goes to KMS.',
      does: 'In {{region}}: creates the key alias/kmslab-envelope if missing, asks for a data key (GenerateDataKey, AES_256), encrypts a message locally with AES-GCM, erases the plaintext key, decrypts the data key with Decrypt and then the message, locally.',
    },
    rotation: {
      title: 'Key rotation',
      teaches:
        'Rotating a KMS key creates a new version of its key material under the same key ID. New data is encrypted with the newest version; old ciphertext still decrypts with its own, with nothing re-encrypted.',
      does: 'In {{region}}: creates the key alias/kmslab-rotation if missing, encrypts “before”, rotates on demand (RotateKeyOnDemand), encrypts “after” and decrypts both ciphertexts. After 25 on-demand rotations KMS answers LimitExceededException.',
    },
    asymmetric: {
      title: 'Asymmetric key',
      teaches:
        'A key pair: the private key never leaves KMS and is used only through the API; the public key can be downloaded. Someone outside AWS, who cannot call KMS, encrypts with the public key, and only the key’s owner can decrypt, by calling KMS.',
      does: 'In {{region}}: creates the key alias/kmslab-asymmetric (RSA_2048, ENCRYPT_DECRYPT) if missing, downloads its public key (GetPublicKey), encrypts a message outside AWS with RSAES_OAEP_SHA_256 in the browser, and the owner decrypts it with Decrypt.',
    },
    signature: {
      title: 'Digital signature',
      teaches:
        'The owner signs with the private key through KMS. Anyone holding the public key checks the signature outside AWS, without calling KMS, and a message changed on the way no longer verifies.',
      does: 'In {{region}}: creates the key alias/kmslab-signing (ECC_NIST_P256, SIGN_VERIFY) if missing, downloads its public key, signs a message with Sign (ECDSA_SHA_256) and, outside AWS, verifies the signature of the message and of an altered copy, which fails.',
    },
    keyTypes: {
      title: 'Key types: customer managed, AWS managed, AWS owned',
      teaches:
        'The course’s table, live. A customer managed key is yours: you create it, decide its policy and its (optional) rotation, and audit it. An AWS managed key (aws/s3) is created by the service the first time, rotates every year and nobody can change that, and is used only through the service: you can see and audit it, not change it. An AWS owned key is not in your account: you cannot see it or use it, and CloudTrail never records it.',
      does: 'In {{region}}: creates the key alias/kmslab-customer-managed if missing and uploads the same object to S3 three times: with SSE-KMS under that key, with SSE-KMS naming no key (S3 uses aws/s3, creating it if missing), and with SSE-S3 (a key AWS owns, no call to KMS). Then it reads the rotation of aws/s3 and tries to disable it: KMS answers AccessDeniedException.',
    },
    multiRegion: {
      title: 'Multi-Region keys',
      teaches:
        'One key in several Regions: the primary and its replicas share the ID (mrk-…) and the key material. What is encrypted in one Region decrypts in another with the related key, with no call between Regions and no re-encryption. Each Region keeps its own policy, aliases, state and tags.',
      does: 'Creates the multi-Region key alias/kmslab-multi-region in {{region}} if missing, replicates it to eu-west-1 and ap-south-1 (ReplicateKey) if the replicas are missing, encrypts a message in {{region}} and decrypts it in ap-south-1 from the ciphertext alone.',
    },
    import: {
      title: 'Imported key material (BYOK)',
      teaches:
        'You bring your own key in five steps: you create a KMS key with no material (Origin EXTERNAL), download a public wrapping key and an import token, encrypt your 256 bits of material with that public key outside AWS, import it, and KMS decrypts and keeps it: the key now encrypts and decrypts. The material is yours: keep a copy, because if it is deleted or expires only the same material brings the key back to life.',
      does: 'In {{region}}: creates the key alias/kmslab-import (Origin EXTERNAL) if missing, asks for the import parameters (GetParametersForImport, RSAES_OAEP_SHA_256, RSA_2048), generates the material and encrypts it in the browser, imports it (ImportKeyMaterial), and encrypts and decrypts a message. Later runs reuse the key; if it is pending import, they import again the copy of the material kept only in this session’s memory (without it, they create another key).',
    },
    cloudHsm: {
      title: 'Custom key store with CloudHSM',
      teaches:
        'Your keys’ material lives in your own CloudHSM cluster, with at least two HSMs in different Availability Zones. KMS is still the API: a custom key store connected to the cluster makes every Encrypt or Decrypt the work of an HSM of the cluster, which the canvas lights up and the narration names. If the store disconnects, its keys become Unavailable.',
      does: 'In {{region}}: if missing, creates a CloudHSM cluster (an HSM in us-east-1a, initialized, activated with kmsuser, and an HSM in us-east-1b; CloudHSM actions, not KMS calls), creates the store kmslab-cloudhsm (CreateCustomKeyStore), connects it, creates the key alias/kmslab-cloudhsm in it (Origin AWS_CLOUDHSM), and encrypts and decrypts a message. Later runs reuse what exists: they add back a missing HSM and connect the store again.',
    },
  },
};

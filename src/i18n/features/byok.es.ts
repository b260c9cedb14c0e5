/**
 * Spanish texts of "Importar material": bring your own key — the owner's workstation outside
 * AWS makes the key material, wraps it and imports it into a KMS key created without any.
 */
export const byokEs = {
  title: 'Material de clave importado (BYOK): tu equipo, fuera de AWS',
  intro:
    'Traes tu propia clave: creas una clave KMS sin material, generas 256 bits de material en tu equipo, lo cifras con una clave pública que te da KMS y se lo envías. KMS lo descifra dentro de sus HSM y la clave queda habilitada.',
  duty: 'El material es tuyo y eres responsable de él: guarda una copia. Si lo borras o caduca, la clave vuelve a «Pendiente de importación» y nada cifrado con ella se descifra hasta que importes el mismo material. Aquí tu copia solo vive en la memoria de esta sesión.',
  limits:
    'Para el examen: solo claves simétricas de 256 bits, sin rotación automática (se rota a mano) y sin almacén de claves personalizado.',
  roles: {
    owner: 'Dueño de la clave · llama a KMS',
    workstation: 'Equipo del dueño · fuera de AWS, sin llamar a KMS',
  },
  key: {
    title: 'Crea una clave KMS sin material (Origin EXTERNAL)',
    explain:
      'CreateKey con Origin EXTERNAL crea el «sobre» de la clave sin material: queda en «Pendiente de importación» y no cifra nada todavía.',
    label: 'Clave KMS para material importado',
    choose: 'Elige una clave',
    none: 'Aún no hay en {{region}} claves de origen EXTERNAL: crea una.',
    create: 'Crear clave (Origin EXTERNAL)',
    state: 'Estado: {{state}}',
  },
  parameters: {
    title: 'Descarga la clave pública de encapsulado y el token de importación',
    explain:
      'GetParametersForImport devuelve una clave pública RSA para cifrar tu material y un token de importación que debe acompañarlo. Valen 24 horas.',
    algorithm: 'Algoritmo de encapsulado (WrappingAlgorithm)',
    algorithmHint: {
      RSAES_OAEP_SHA_256: 'RSA-OAEP con SHA-256 cifra el material directamente (recomendado).',
      RSAES_OAEP_SHA_1: 'RSA-OAEP con SHA-1 cifra el material directamente.',
      RSA_AES_KEY_WRAP_SHA_256:
        'Una clave AES-256 efímera cifrada con RSA-OAEP (SHA-256) y, tras ella, el material encapsulado con esa clave AES (RFC 5649).',
      RSA_AES_KEY_WRAP_SHA_1:
        'Una clave AES-256 efímera cifrada con RSA-OAEP (SHA-1) y, tras ella, el material encapsulado con esa clave AES (RFC 5649).',
    },
    spec: 'Clave de encapsulado (WrappingKeySpec)',
    slow: 'Generar una clave RSA 4096 puede tardar unos segundos.',
    get: 'Obtener parámetros (GetParametersForImport)',
    needKey: 'Primero elige o crea una clave de origen EXTERNAL.',
    held: 'Tu equipo tiene la clave pública de encapsulado ({{spec}}, {{algorithm}}) y el token de importación. Válidos hasta {{date}}.',
    pem: 'Clave pública de encapsulado (PEM)',
    downloadPem: 'Descargar clave pública (.pem)',
    downloadDer: 'Descargar clave pública (.der)',
    downloadToken: 'Descargar token de importación',
    copy: 'Copiar clave pública',
  },
  material: {
    title: 'Genera tu material de clave (256 bits)',
    explain:
      'Se genera en tu equipo con el generador aleatorio del navegador (crypto.getRandomValues): KMS no lo ve en claro en ningún momento.',
    generate: 'Generar material',
    ready:
      'Tu material: {{bytes}} bytes. Descarga una copia y guárdala: sin ella no podrás volver a importarlo.',
    hex: 'Material (hex)',
    base64: 'Material (base64)',
    download: 'Descargar tu copia (.bin)',
    copy: 'Copiar material (base64)',
    reuse: 'Vuelve a usar tu copia',
    paste: '¿Ya tienes tu copia? Pega el material (base64)',
    pasteHint: 'Para volver a importar el mismo material en su clave.',
    use: 'Usar este material',
    errors: {
      empty: 'Pega el material en base64. No se ha llamado a KMS.',
      notBase64: 'No es base64 válido. No se ha llamado a KMS.',
      wrongSize:
        'El material tiene {{bytes}} bytes; una clave simétrica necesita 32 (256 bits). No se ha llamado a KMS.',
    },
  },
  wrap: {
    title: 'Cifra (encapsula) el material con la clave pública',
    explain:
      'En tu equipo, con la clave pública de encapsulado descargada y WebCrypto. Solo la clave privada de encapsulado, dentro de KMS, puede abrirlo.',
    submit: 'Encapsular material',
    done: 'Material cifrado: {{bytes}} bytes ({{algorithm}}). Va a KMS con el token de importación.',
    copy: 'Copiar material cifrado',
    download: 'Descargar material cifrado',
  },
  importing: {
    title: 'Importa el material (ImportKeyMaterial)',
    explain:
      'Envías el material cifrado y el token. KMS lo descifra con la clave privada de encapsulado y guarda el material: la clave pasa a «Habilitada».',
    expiration: 'Caducidad del material (ExpirationModel)',
    models: {
      KEY_MATERIAL_DOES_NOT_EXPIRE: 'No caduca (KEY_MATERIAL_DOES_NOT_EXPIRE)',
      KEY_MATERIAL_EXPIRES: 'Caduca (KEY_MATERIAL_EXPIRES)',
    },
    validTo: 'Caduca el (ValidTo, 00:00 UTC)',
    validToHint: 'Como mucho 365 días después de ahora ({{now}}).',
    submit: 'Importar material',
    done: 'Material importado. Estado de la clave: {{state}}.',
    errors: {
      noValidTo: 'Falta la fecha de caducidad (ValidTo). No se ha llamado a KMS.',
      validToPast: 'ValidTo debe ser posterior a ahora. No se ha llamado a KMS.',
      validToTooFar: 'ValidTo puede estar como mucho a 365 días. No se ha llamado a KMS.',
    },
  },
  use: {
    title: 'Usa la clave, borra su material y vuelve a importarlo',
    explain:
      'Cifra un mensaje para comprobar la clave. Después borra el material (DeleteImportedKeyMaterial): la clave vuelve a «Pendiente de importación» y Decrypt falla. Importa de nuevo el mismo material (paso 5) y el texto cifrado antiguo se vuelve a descifrar.',
    state: 'Estado de la clave: {{state}}',
    message: 'Mensaje',
    defaultMessage: 'Nóminas de marzo',
    encrypt: 'Cifrar (Encrypt)',
    encrypted: 'Texto cifrado: {{bytes}} bytes',
    decrypt: 'Descifrar (Decrypt)',
    decrypted: 'Descifrado: «{{text}}»',
    delete: 'Borrar el material importado (DeleteImportedKeyMaterial)',
    deleted:
      'Material borrado: la clave está en «{{state}}». Vuelve a importar el mismo material para usarla.',
  },
  errors: {
    noParameters: 'Primero descarga la clave pública de encapsulado (paso 2).',
    noMaterial: 'Primero genera tu material o pega tu copia (paso 3).',
    noWrapped: 'Primero cifra el material con la clave pública (paso 4).',
  },
} as const;

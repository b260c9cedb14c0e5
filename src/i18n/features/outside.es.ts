/**
 * Spanish texts of "Fuera de AWS": a key pair seen from both sides — its owner, who calls
 * KMS, and someone outside AWS who holds only the public key.
 */
export const outsideEs = {
  title: 'Claves asimétricas: fuera de AWS',
  intro:
    'Una clave asimétrica es un par. La clave privada nunca sale de KMS: solo se usa llamando a la API. La clave pública se puede descargar y dar a quien no puede llamar a KMS. Aquí haces los dos papeles.',
  contrast:
    'Para el examen: los servicios de AWS integrados con KMS y el cifrado de sobre usan claves simétricas. Las claves asimétricas no rotan automáticamente ni admiten contexto de cifrado.',
  roles: {
    owner: 'Dueño de la clave · llama a KMS',
    outside: 'Fuera de AWS · sin credenciales, solo la clave pública',
  },
  pair: {
    title: 'Elige o crea un par de claves',
    key: 'Par de claves',
    choose: 'Elige un par de claves',
    none: 'Aún no hay en esta región claves asimétricas para cifrar o firmar: crea una.',
    spec: 'Especificación de clave (KeySpec)',
    usage: 'Uso de la clave (KeyUsage)',
    usages: {
      ENCRYPT_DECRYPT: 'Cifrar y descifrar (ENCRYPT_DECRYPT)',
      SIGN_VERIFY: 'Firmar y verificar (SIGN_VERIFY)',
    },
    create: 'Crear par de claves',
    slow: 'Generar una clave RSA 4096 puede tardar unos segundos.',
  },
  publicKey: {
    title: 'El dueño descarga la clave pública y la entrega',
    explain:
      'GetPublicKey devuelve la clave pública en DER (SubjectPublicKeyInfo). Quien la reciba puede cifrar para el dueño o comprobar sus firmas sin llamar a KMS.',
    get: 'Descargar y entregar la clave pública',
    held: 'Alguien fuera de AWS tiene ya la clave pública ({{spec}}, {{usage}}).',
    pem: 'Clave pública (PEM)',
    downloadPem: 'Descargar clave pública (PEM)',
    downloadDer: 'Descargar clave pública (DER)',
    copy: 'Copiar PEM',
  },
  encrypt: {
    title: 'Cifra un mensaje fuera de AWS',
    message: 'Mensaje para el dueño',
    defaultMessage: 'Contrato 4711: solo el dueño de la clave puede leer esto.',
    algorithm: 'Algoritmo de cifrado',
    limit: 'Con esta clave y este algoritmo caben como mucho {{max}} bytes.',
    submit: 'Cifrar con la clave pública (sin KMS)',
    done: 'Cifrado en el navegador, sin llamar a KMS. Texto cifrado ({{bytes}} bytes, en base64):',
    copy: 'Copiar texto cifrado',
  },
  decrypt: {
    title: 'El dueño lo descifra con KMS',
    ciphertext: 'Texto cifrado recibido (base64)',
    hint: 'Llega el texto cifrado del paso anterior. También puedes pegar uno hecho fuera con esta clave pública (por ejemplo, con OpenSSL).',
    algorithm: 'Algoritmo con el que se cifró',
    submit: 'Descifrar con KMS (Decrypt)',
    result: 'KMS lo descifra con la clave privada, que nunca sale de KMS:',
  },
  sign: {
    title: 'El dueño firma un mensaje con KMS',
    message: 'Mensaje que firmar',
    defaultMessage: 'Autorizo el pago de 100 € a la cuenta ES12 3456.',
    algorithm: 'Algoritmo de firma',
    submit: 'Firmar con KMS (Sign)',
    signature: 'Firma ({{bytes}} bytes, en base64), enviada junto al mensaje:',
    copy: 'Copiar firma',
  },
  verify: {
    title: 'Verifica la firma fuera de AWS',
    message: 'Mensaje recibido',
    hint: 'Cámbialo y verifica otra vez: la firma deja de ser válida.',
    submit: 'Verificar con la clave pública (sin KMS)',
    valid: 'Firma válida: el mensaje es exactamente el que firmó el dueño de la clave.',
    invalid: 'Firma no válida: el mensaje o la firma han cambiado.',
    needSignature: 'Primero el dueño tiene que firmar un mensaje.',
  },
  errors: {
    tooLong:
      'El mensaje es demasiado largo para RSA-OAEP: con esta clave y este algoritmo caben como mucho {{max}} bytes. No se ha cifrado nada.',
    notBase64: 'El texto cifrado no es base64 válido. No se ha llamado a KMS.',
    empty: 'Escribe un mensaje: KMS descifra de 1 a 4096 bytes, nunca un mensaje vacío.',
  },
} as const;

/**
 * Spanish narration: one line per trace step (src/graph/narration.ts), read by the player
 * and announced to screen readers. Keys are exactly NARRATION_KEYS.
 */
export const narrationEs = {
  /** How the caller ({{actor}}) is named when it is not a role or user with a name of its own. */
  actors: {
    root: 'El usuario raíz',
  },
  call: '{{actor}} llama a {{operation}} en el endpoint de KMS de {{region}}',
  callViaService:
    '{{actor}} usa {{service}}, que llama en su nombre a {{operation}} en el endpoint de KMS de {{region}}: la política de clave ve a esa entidad principal con kms:ViaService {{via}}',
  validate: 'KMS rechaza la solicitud antes de mirar ninguna clave: {{error}}',
  resolveAlias: 'El alias {{alias}} apunta a la clave KMS {{key}}',
  resolveKey: 'KMS encuentra la clave {{key}} en {{region}}',
  resolveCiphertext: 'El texto cifrado dice qué clave lo creó: {{key}}',
  resolveMissing: 'KMS no encuentra {{given}} en {{region}}: no existe en esta región',
  authorizeAllow: 'La política de clave permite {{action}} (declaración «{{statement}}»)',
  authorizeAllowIam:
    'La política de IAM «{{policy}}» permite {{action}} (declaración «{{statement}}»), y la política de clave deja decidir a IAM',
  authorizeAllowGrant: 'Una concesión ({{grant}}) permite {{action}}',
  authorizeAllowRoot:
    'El usuario raíz de la cuenta puede hacer {{action}}: no necesita ninguna política de IAM',
  authorizeAllowRetire: 'Quien llama puede retirar la concesión {{grant}}',
  authorizeDeny:
    'La política de clave deniega {{action}} expresamente (declaración «{{statement}}»): acceso denegado',
  authorizeDenyIam:
    'La política de IAM «{{policy}}» deniega {{action}} expresamente (declaración «{{statement}}»): acceso denegado',
  authorizeDenyNoKeyPolicy:
    'Ninguna declaración de la política de clave ni ninguna concesión permite {{action}} a quien llama: acceso denegado',
  authorizeDenyNoIamPolicy:
    'La política de clave deja decidir a IAM, pero ninguna política de IAM de quien llama permite {{action}}: acceso denegado',
  authorizeDenyRetire:
    'Quien llama no puede retirar la concesión: no es quien la retira, ni su beneficiario con RetireGrant, ni la cuenta: acceso denegado',
  stateOk: 'La clave {{key}} está {{state}} ({{stateApi}}): se puede usar',
  stateRefused: 'La clave {{key}} está {{state}} ({{stateApi}}): KMS rechaza la operación',
  materialGenerate:
    'KMS en {{region}} genera el material de la clave {{key}} (versión {{version}})',
  materialEncrypt: 'KMS en {{region}} cifra con la versión {{version}} del material de la clave',
  materialEncryptDataKey:
    'KMS en {{region}} genera una clave de datos y la cifra con la versión {{version}} del material de la clave',
  materialDecrypt: 'KMS en {{region}} descifra con la versión {{version}} del material de la clave',
  materialDecryptFailed:
    'La versión {{version}} del material no puede descifrarlo: el texto cifrado o el contexto de cifrado no coinciden',
  materialDecryptRelated:
    'KMS en {{region}} descifra con la versión {{version}} del material de la clave multirregión {{key}}: sus claves relacionadas comparten el material, así que descifra aquí, sin llamar a otra región',
  materialRotate: 'KMS en {{region}} crea la versión {{version}} del material: la clave rota',
  materialDestroy: 'KMS en {{region}} destruye la versión {{version}} del material de la clave',
  materialImport:
    'KMS desenvuelve en {{region}} el material de clave importado y lo guarda en la clave {{key}}: nunca vuelve a salir',
  materialSign:
    'KMS en {{region}} firma con la clave privada de {{key}}: la clave privada nunca sale de KMS',
  materialVerify: 'KMS en {{region}} comprueba la firma con la clave pública de {{key}}: es válida',
  materialVerifyFailed: 'La firma no corresponde al mensaje ni a la clave {{key}}: no es válida',
  materialGenerateMac: 'KMS en {{region}} calcula el HMAC del mensaje con la clave {{key}}',
  materialVerifyMac: 'KMS en {{region}} recalcula el HMAC con la clave {{key}}: coincide',
  materialVerifyMacFailed: 'El HMAC no coincide con el mensaje ni con la clave {{key}}',
  materialDeriveSharedSecret:
    'KMS en {{region}} combina la clave privada de {{key}} con la clave pública recibida (ECDH)',
  materialGenerateKeyPair:
    'KMS en {{region}} genera el par de claves {{key}} ({{spec}}): la clave privada nunca sale de KMS',
  materialGenerateHmacKey:
    'KMS en {{region}} genera la clave HMAC {{key}} ({{spec}}): nunca sale de KMS',
  materialEncryptPublic: 'KMS en {{region}} cifra con la clave pública de {{key}} ({{algorithm}})',
  materialDecryptPrivate:
    'KMS en {{region}} descifra con la clave privada de {{key}} ({{algorithm}}), que nunca sale de KMS',
  materialDecryptPrivateFailed:
    'La clave privada de {{key}} no puede descifrarlo con {{algorithm}}: el texto cifrado no es de esta clave o se cifró con otro algoritmo',
  dataKeyWithPlaintext: 'Vuelve una clave de datos de {{bytes}} bytes: en texto plano y cifrada',
  dataKeyWithoutPlaintext: 'Vuelve solo la copia cifrada de la clave de datos ({{bytes}} bytes)',
  dataKeyPairWithPlaintext:
    'Vuelve un par de claves de datos {{pair}}: la clave pública, y la privada en texto plano y cifrada',
  dataKeyPairWithoutPlaintext:
    'Vuelve un par de claves de datos {{pair}}: la clave pública y solo la copia cifrada de la privada',
  materialEncryptDataKeyPair:
    'KMS en {{region}} genera un par de claves de datos y cifra su clave privada con la versión {{version}} del material de la clave',
  random: 'Los HSM de KMS en {{region}} generan {{bytes}} bytes aleatorios',
  keyCreated: 'Se crea la clave KMS {{key}}',
  keyEnabled: 'La clave {{key}} queda habilitada',
  keyDisabled: 'La clave {{key}} queda deshabilitada',
  keyDeletionScheduled: 'La clave {{key}} queda pendiente de eliminación',
  keyDeletionCancelled: 'Se cancela la eliminación: la clave {{key}} vuelve deshabilitada',
  keyDeleted: 'La clave {{key}} y todo su material desaparecen para siempre',
  keyDescription: 'Cambia la descripción de la clave {{key}}',
  keyTags: 'Cambian las etiquetas de la clave {{key}}',
  keyPolicy: 'Cambia la política de la clave {{key}}',
  keyRotationEnabled: 'Se activa la rotación automática de la clave {{key}}',
  keyRotationDisabled: 'Se desactiva la rotación automática de la clave {{key}}',
  keyGrantCreated: 'La clave {{key}} tiene una concesión nueva',
  keyGrantRetired: 'Se retira una concesión de la clave {{key}}',
  keyGrantRevoked: 'Se revoca una concesión de la clave {{key}}',
  keyChanged: 'Cambia la clave {{key}} ({{what}})',
  keyReplicated:
    'KMS crea la réplica en {{region}} con el mismo ID ({{key}}) y copia el material de clave',
  keyPrimaryRegionPrimary: 'La réplica {{key}} de {{region}} pasa a ser la clave primaria',
  keyPrimaryRegionReplica: 'La clave primaria {{key}} de {{region}} pasa a ser una réplica',
  keySynchronized:
    'KMS termina de sincronizar la clave multirregión {{key}} en {{region}} con sus claves relacionadas',
  aliasCreated: 'Se crea el alias {{alias}}',
  aliasRetargeted: 'El alias {{alias}} pasa a apuntar a otra clave',
  aliasDeleted: 'Se elimina el alias {{alias}}',
  aliasChanged: 'Cambia el alias {{alias}} ({{what}})',
  audit: 'CloudTrail registra {{event}} en {{region}}',
  returnOk: '{{operation}} termina bien y la respuesta vuelve a quien llamó',
  returnError: '{{operation}} falla con {{error}}',
  localEncrypt:
    '{{actor}} cifra {{bytes}} bytes en su propio equipo con la clave de datos en texto plano: los datos nunca van a KMS',
  localDecrypt:
    '{{actor}} descifra {{bytes}} bytes en su propio equipo con la clave de datos que KMS le devolvió',
  localDiscard:
    '{{actor}} borra de la memoria la clave de datos en texto plano y guarda solo su copia cifrada junto a los datos',
  localSharePublicKey:
    '{{actor}} entrega la clave pública a alguien fuera de AWS: puede circular libremente, la clave privada no sale de KMS',
  localEncryptWithPublicKey:
    'Alguien fuera de AWS cifra {{bytes}} bytes con la clave pública ({{algorithm}}) en su equipo, sin llamar a KMS ni tener credenciales de AWS',
  localSendCiphertext:
    '{{actor}} recibe el texto cifrado ({{bytes}} bytes): solo la clave privada, dentro de KMS, puede descifrarlo',
  localSendSignature:
    '{{actor}} envía el mensaje y su firma ({{bytes}} bytes) a alguien fuera de AWS',
  localVerifyWithPublicKey:
    'Alguien fuera de AWS verifica la firma con la clave pública ({{algorithm}}), sin llamar a KMS: es válida',
  localVerifyWithPublicKeyFailed:
    'Alguien fuera de AWS verifica la firma con la clave pública ({{algorithm}}): no es válida, el mensaje o la firma han cambiado',
  localDownloadImportParameters:
    '{{actor}} lleva la clave pública de encapsulado y el token de importación ({{bytes}} bytes) a su equipo fuera de AWS',
  localGenerateKeyMaterial:
    'El dueño genera {{bytes}} bytes de material de clave en su equipo, fuera de AWS: es suyo y debe guardar una copia',
  localWrapKeyMaterial:
    'El dueño cifra (encapsula) el material con la clave pública de encapsulado ({{algorithm}}) en su equipo, fuera de AWS',
  localSendWrappedMaterial:
    'El material cifrado ({{bytes}} bytes) y el token de importación van a {{actor}}, que los envía a KMS con ImportKeyMaterial',
  serviceRequest:
    '{{actor}} pide {{serviceAction}} a {{service}} en {{region}}: será {{service}} quien llame a KMS',
  serviceResponse: '{{service}} responde a quien llamó: {{serviceAction}} termina bien',
  serviceResponseError:
    '{{service}} rechaza {{serviceAction}} y responde a quien llamó con {{errorCode}}',
  serviceEncrypt:
    '{{service}} cifra los datos ({{bytes}} bytes) con la clave de datos en texto plano, fuera de KMS',
  serviceDecrypt:
    '{{service}} descifra los datos ({{bytes}} bytes) con la clave de datos que KMS le devolvió, fuera de KMS',
  serviceDiscard:
    '{{service}} borra de la memoria la clave de datos en texto plano y se queda solo con su copia cifrada',
  serviceStore: '{{service}} guarda los datos cifrados junto a la clave de datos cifrada',
  serviceHoldDataKey:
    '{{service}} mantiene la clave de datos en texto plano en la memoria del host mientras el volumen está conectado',
  awsOwnedEncrypt:
    '{{service}} cifra los datos ({{bytes}} bytes) con una clave propiedad de AWS: ninguna llamada llega a KMS en tu cuenta y no queda nada en su CloudTrail',
  awsOwnedDecrypt:
    '{{service}} descifra los datos ({{bytes}} bytes) con una clave propiedad de AWS: tampoco llega nada a KMS en tu cuenta ni a su CloudTrail',
  hsmGenerate:
    'El HSM {{hsm}} del clúster {{cluster}} en {{zone}} genera el material de la clave {{key}}: vive en tu clúster de CloudHSM',
  hsmEncrypt:
    'El HSM {{hsm}} del clúster {{cluster}} en {{zone}} cifra con el material de la clave {{key}}',
  hsmEncryptDataKey:
    'El HSM {{hsm}} del clúster {{cluster}} en {{zone}} cifra una clave de datos con el material de la clave {{key}}',
  hsmDecrypt:
    'El HSM {{hsm}} del clúster {{cluster}} en {{zone}} descifra con el material de la clave {{key}}',
  hsmDecryptFailed:
    'El HSM {{hsm}} del clúster {{cluster}} no puede descifrarlo: el texto cifrado o el contexto de cifrado no coinciden',
  hsmDestroy: 'Se borra el material de la clave {{key}} de los HSM del clúster {{cluster}}',
  hsmNoHsm: 'El clúster {{cluster}} no tiene ningún HSM activo: la clave {{key}} no puede trabajar',
  hsmRandom: 'El HSM {{hsm}} del clúster {{cluster}} en {{zone}} genera {{bytes}} bytes aleatorios',
  storeCreated: 'KMS crea el almacén de claves personalizado {{store}} en {{region}}, desconectado',
  storeUpdated: 'Cambia la configuración del almacén de claves personalizado {{store}}',
  storeDeleted: 'Se elimina el almacén de claves personalizado {{store}}',
  storeConnecting:
    'El almacén {{store}} empieza a conectarse: KMS inicia sesión como kmsuser en el clúster',
  storeConnected:
    'El almacén {{store}} queda conectado: sus claves KMS pueden trabajar en el clúster',
  storeConnectionFailed:
    'El almacén {{store}} no logra conectarse (FAILED): mira su ConnectionErrorCode',
  storeDisconnected: 'El almacén {{store}} se desconecta: sus claves KMS pasan a No disponible',
  storeChanged: 'Cambia el almacén de claves personalizado {{store}} ({{what}})',
} as const;

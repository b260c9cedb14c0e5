/**
 * Spanish texts of the named views ("Diagramas"): the course's diagrams as live canvases.
 * One entry per view under `items` (src/store/namedViews/<id>.ts).
 */
export const viewsEs = {
  title: 'Diagramas del curso',
  intro:
    'Cada diagrama del curso, en vivo sobre tu cuenta. «Ejecutar» hace llamadas reales a KMS (crea lo que falte y reutiliza lo que ya existe) y el reproductor las narra paso a paso; «Mostrar» solo encuadra el diagrama.',
  teaches: 'Qué enseña',
  does: 'Qué hace «Ejecutar»',
  run: 'Ejecutar',
  show: 'Mostrar',
  busy: 'Hay otro diagrama ejecutándose: espera a que termine.',
  outcome: {
    running: 'Ejecutando: el reproductor narra cada llamada.',
    ok: 'Última ejecución: todo bien.',
    failed: 'Última ejecución: {{operation}} falló con {{error}}.',
    mismatch: 'Última ejecución: {{operation}} no devolvió el mensaje original.',
    unexpected: 'Última ejecución: falló ({{error}}).',
  },
  local: {
    'encrypt-data': 'el cifrado local',
    'decrypt-data': 'el descifrado local',
    'discard-plaintext-key': 'el borrado de la clave de datos',
    'share-public-key': 'la entrega de la clave pública',
    'encrypt-with-public-key': 'el cifrado con la clave pública',
    'send-ciphertext': 'el envío del texto cifrado',
    'send-signature': 'el envío de la firma',
    'verify-with-public-key': 'la verificación con la clave pública',
    'download-import-parameters': 'la descarga de la clave de encapsulado y el token',
    'generate-key-material': 'la generación del material de clave',
    'wrap-key-material': 'el encapsulado del material de clave',
    'send-wrapped-material': 'el envío del material cifrado',
    'service-request': 'la solicitud al servicio de AWS',
    'service-response': 'la respuesta del servicio de AWS',
    'service-encrypt-data': 'el cifrado en el servicio',
    'service-decrypt-data': 'el descifrado en el servicio',
    'service-discard-plaintext-key': 'el borrado de la clave de datos en el servicio',
    'service-store': 'el almacenamiento de los datos cifrados',
    'service-hold-data-key': 'la clave de datos en la memoria del host',
    'aws-owned-encrypt': 'el cifrado con una clave propiedad de AWS',
    'aws-owned-decrypt': 'el descifrado con una clave propiedad de AWS',
  },
  keyTypesTable: {
    caption: 'Tipos de clave (la tabla del curso), con lo que hay ahora en {{region}}',
    type: 'Tipo',
    manager: 'Quién la gestiona',
    rotation: 'Rotación',
    use: '¿Puedes usarla?',
    see: '¿Puedes verla?',
    now: 'Ahora en {{region}}',
    customer: {
      name: 'Gestionada por el cliente',
      manager: 'Tú',
      rotation: 'Opcional (cada año por defecto)',
      use: 'Sí',
      see: 'Sí, y auditarla en CloudTrail',
      now_one: '{{count}} clave',
      now_other: '{{count}} claves',
    },
    awsManaged: {
      name: 'Gestionada por AWS (aws/servicio)',
      manager: 'AWS',
      rotation: 'Obligatoria, cada año',
      use: 'Solo a través del servicio',
      see: 'Sí, y auditarla en CloudTrail',
      now_one: '{{count}} clave',
      now_other: '{{count}} claves',
    },
    awsOwned: {
      name: 'Propiedad de AWS',
      manager: 'AWS',
      rotation: 'La decide AWS',
      use: 'No (el servicio la usa por ti)',
      see: 'No: ni en ListKeys ni en CloudTrail',
      now_one: '{{count}} objeto protegido, ninguna clave visible',
      now_other: '{{count}} objetos protegidos, ninguna clave visible',
    },
  },
  items: {
    symmetric: {
      title: 'Clave simétrica',
      teaches:
        'Una sola clave KMS cifra y descifra. Quien llama envía los datos a KMS y recibe el texto cifrado o el texto plano: el material de clave nunca sale de KMS.',
      does: 'En {{region}}: crea la clave alias/kmslab-symmetric si falta, cifra un mensaje corto con Encrypt y lo descifra con Decrypt.',
    },
    envelope: {
      title: 'Cifrado de sobre (envelope encryption)',
      teaches:
        'KMS genera una clave de datos y la devuelve en texto plano y cifrada. Quien llama cifra los datos en su propio equipo, borra la copia en texto plano y guarda la cifrada junto a los datos: los datos nunca van a KMS.',
      does: 'En {{region}}: crea la clave alias/kmslab-envelope si falta, pide una clave de datos (GenerateDataKey, AES_256), cifra un mensaje localmente con AES-GCM, borra la clave en texto plano, descifra la clave de datos con Decrypt y luego el mensaje, localmente.',
    },
    rotation: {
      title: 'Rotación de claves',
      teaches:
        'Rotar una clave KMS crea una versión nueva de su material de clave con el mismo ID. Lo nuevo se cifra con la versión más reciente; lo antiguo se sigue descifrando con la suya, sin volver a cifrar nada.',
      does: 'En {{region}}: crea la clave alias/kmslab-rotation si falta, cifra «antes», rota bajo demanda (RotateKeyOnDemand), cifra «después» y descifra los dos textos cifrados. Tras 25 rotaciones bajo demanda KMS responde LimitExceededException.',
    },
    asymmetric: {
      title: 'Clave asimétrica',
      teaches:
        'Un par de claves: la privada nunca sale de KMS y solo se usa con la API; la pública se descarga. Alguien fuera de AWS, sin poder llamar a KMS, cifra con la clave pública, y solo el dueño de la clave puede descifrar, llamando a KMS.',
      does: 'En {{region}}: crea la clave alias/kmslab-asymmetric (RSA_2048, ENCRYPT_DECRYPT) si falta, descarga su clave pública (GetPublicKey), cifra un mensaje fuera de AWS con RSAES_OAEP_SHA_256 en el navegador y el dueño lo descifra con Decrypt.',
    },
    signature: {
      title: 'Firma digital',
      teaches:
        'El dueño firma con la clave privada a través de KMS. Cualquiera con la clave pública comprueba la firma fuera de AWS, sin llamar a KMS, y un mensaje cambiado por el camino deja de verificarse.',
      does: 'En {{region}}: crea la clave alias/kmslab-signing (ECC_NIST_P256, SIGN_VERIFY) si falta, descarga su clave pública, firma un mensaje con Sign (ECDSA_SHA_256) y, fuera de AWS, verifica la firma del mensaje y la de una copia alterada, que falla.',
    },
    keyTypes: {
      title: 'Tipos de clave: gestionada por el cliente, gestionada por AWS, propiedad de AWS',
      teaches:
        'La tabla del curso, en vivo. La clave gestionada por el cliente es tuya: la creas, decides su política y su rotación (opcional) y la auditas. La gestionada por AWS (aws/s3) la crea el servicio la primera vez, rota cada año sin que nadie pueda cambiarlo y solo se usa a través del servicio: puedes verla y auditarla, pero no cambiarla. La propiedad de AWS no está en tu cuenta: no la ves, no la usas y CloudTrail nunca la registra.',
      does: 'En {{region}}: crea la clave alias/kmslab-customer-managed si falta y sube el mismo objeto a S3 tres veces: con SSE-KMS bajo esa clave, con SSE-KMS sin indicar clave (S3 usa aws/s3 y la crea si no existe) y con SSE-S3 (una clave propiedad de AWS, sin llamada a KMS). Después consulta la rotación de aws/s3 e intenta deshabilitarla: KMS responde AccessDeniedException.',
    },
    multiRegion: {
      title: 'Claves multirregión',
      teaches:
        'Una misma clave en varias regiones: la primaria y sus réplicas comparten el ID (mrk-…) y el material de clave. Lo que se cifra en una región se descifra en otra con la clave relacionada, sin ninguna llamada entre regiones y sin volver a cifrar. Cada región conserva su propia política, alias, estado y etiquetas.',
      does: 'Crea en {{region}} la clave multirregión alias/kmslab-multi-region si falta, la replica en eu-west-1 y ap-south-1 (ReplicateKey) si faltan las réplicas, cifra un mensaje en {{region}} y lo descifra en ap-south-1 solo con el texto cifrado.',
    },
    import: {
      title: 'Material de clave importado (BYOK)',
      teaches:
        'Traes tu propia clave en cinco pasos: creas una clave KMS sin material (Origin EXTERNAL), descargas una clave pública de encapsulado y un token de importación, cifras fuera de AWS tus 256 bits de material con esa clave pública, lo importas y KMS lo descifra y lo guarda: la clave ya cifra y descifra. El material es tuyo: guarda una copia, porque si se borra o caduca solo el mismo material devuelve la clave a la vida.',
      does: 'En {{region}}: crea la clave alias/kmslab-import (Origin EXTERNAL) si falta, pide los parámetros de importación (GetParametersForImport, RSAES_OAEP_SHA_256, RSA_2048), genera el material y lo cifra en el navegador, lo importa (ImportKeyMaterial) y cifra y descifra un mensaje. En las siguientes ejecuciones reutiliza la clave; si está pendiente de importación, vuelve a importar la copia del material que guarda solo en la memoria de esta sesión (sin ella, crea otra clave).',
    },
    cloudHsm: {
      title: 'Almacén de claves personalizado con CloudHSM',
      teaches:
        'El material de tus claves vive en tu propio clúster de CloudHSM, con al menos dos HSM en zonas de disponibilidad distintas. KMS sigue siendo la API: un almacén de claves personalizado conectado al clúster hace que cada Encrypt o Decrypt lo haga un HSM del clúster, que el lienzo ilumina y la narración nombra. Si el almacén se desconecta, sus claves quedan No disponible.',
      does: 'En {{region}}: si falta, crea un clúster de CloudHSM (un HSM en us-east-1a, lo inicializa, lo activa con kmsuser y añade un HSM en us-east-1b; acciones de CloudHSM, no llamadas a KMS), crea el almacén kmslab-cloudhsm (CreateCustomKeyStore), lo conecta, crea en él la clave alias/kmslab-cloudhsm (Origin AWS_CLOUDHSM) y cifra y descifra un mensaje. En las siguientes ejecuciones reutiliza lo que exista: repone un HSM que falte y vuelve a conectar el almacén.',
    },
  },
} as const;

/** Spanish texts of the time feature (merged into es.ts under `time`). */
export const timeEs = {
  title: 'Reloj simulado',
  toggle: 'Avanzar el tiempo',
  intro:
    'El reloj simulado solo avanza cuando tú lo mueves. Al avanzarlo, KMS hace lo que le toca en ese intervalo: rotaciones automáticas y eliminaciones de claves al terminar su periodo de espera.',
  close: 'Cerrar',
  moving: 'Avanzando el tiempo…',
  advance: {
    label: 'Cuánto avanzar',
    hour: '+1 hora',
    day: '+1 día',
    month: '+30 días',
    year: '+1 año',
    next: 'Hasta el próximo evento',
    nextHint: 'Próximo evento: {{what}}, {{when}}.',
    nothing:
      'No hay ningún evento programado: ninguna clave tiene activada la rotación automática ni está pendiente de eliminación.',
  },
  due: {
    title: 'Programado',
    none: 'Nada programado.',
    rotate: 'Rotación automática de {{key}}',
    delete: 'Eliminación de {{key}} (fin del periodo de espera)',
    synchronize: 'Sincronización de la clave multirregión {{key}}',
    expire: 'Caducidad del material importado de {{key}}',
    where: '{{region}} · {{date}} ({{relative}})',
  },
  happened: {
    title: 'Lo que ocurrió',
    none: 'Aún no has avanzado el reloj.',
    moved: 'El reloj pasó de {{from}} a {{to}}.',
    quiet: 'No había nada programado en ese intervalo.',
    rotated:
      'Se rotó automáticamente la clave {{key}} en {{region}} ({{date}}): a partir de ahí cifra con un material de clave nuevo y sigue descifrando lo anterior.',
    deleted:
      'Se eliminó la clave {{key}} en {{region}} ({{date}}), al terminar su periodo de espera. Su material de clave ya no existe: lo cifrado con ella no se puede descifrar.',

    expired:
      'El material de clave importado de {{key}} en {{region}} caducó ({{date}}) y KMS lo borró: la clave queda Pendiente de importación y no descifra nada hasta que vuelvas a importar el mismo material.',
    synchronized:
      'KMS sincronizó la clave multirregión {{key}} en {{region}} ({{date}}): comparte el material y la rotación de su clave primaria y está lista para usarse.',
  },
  announce: 'Fecha simulada: {{date}}. Eventos ocurridos: {{count}}.',
} as const;

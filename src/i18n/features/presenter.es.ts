/** Spanish texts of presenter mode (classroom). */
export const presenterEs = {
  enter: 'Modo presentador',
  exit: 'Salir del modo presentador',
  fullScreen: 'Pantalla completa',
  title: 'KMS Lab · modo presentador',
  hint: 'Espacio: reproducir o pausar · ←/→ o el mando: paso a paso · 1–9: diagramas del curso · ?: atajos',
};

/** Spanish texts of presenter mode (classroom). */
export const presenterEs = {
  enter: 'Modo presentación',
  exit: 'Salir del modo presentación',
  fullScreen: 'Pantalla completa',
  title: 'KMS Lab · modo presentación',
  hint: 'Espacio: reproducir o pausar · ←/→ o el mando: paso a paso · 1, 2, 3…: diagramas del curso · ?: atajos',
};

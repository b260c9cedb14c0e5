/** World actions in the header: presets, reset, export of saved data (issue 3). */
export function WorldMenu() {
  return null;
}

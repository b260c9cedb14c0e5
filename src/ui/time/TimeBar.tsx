/** The simulated clock in the header: the date, and ways to move time (issue 3). */
export function TimeBar() {
  return null;
}

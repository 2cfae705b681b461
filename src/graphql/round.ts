/** Rounds a float output at the API edge (no 0.30000000000000004, no -0); 4 decimals unless told. */
export function round(x: number, digits = 4): number {
  const factor = 10 ** digits;
  const rounded = Math.round(x * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

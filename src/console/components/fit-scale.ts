/** sRGB channel (0–1) to linear light, for WCAG's relative luminance. */
const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** WCAG's contrast ratio of two relative luminances. */
export function contrastRatio(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** WCAG relative luminance of an HSL colour (h in degrees, s and l 0–1). */
export function luminanceOfHsl(h: number, s: number, l: number): number {
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return 0.2126 * linear(channel(0)) + 0.7152 * linear(channel(8)) + 0.0722 * linear(channel(4));
}

/**
 * One colour scale for fits 0–1 everywhere (matrices, charts): light to dark blue. The text is
 * black or white, whichever contrasts more with the cell (at least 4.5:1, WCAG AA), and the number
 * is always printed: the colour is never the only cue.
 */
export function fitColours(fit: number): { background: string; color: string } {
  const clamped = Math.max(0, Math.min(1, fit));
  const lightness = 96 - clamped * 64;
  const background = luminanceOfHsl(214, 0.8, lightness / 100);
  const againstBlack = contrastRatio(background, 0);
  const againstWhite = contrastRatio(background, 1);
  return { background: `hsl(214 80% ${lightness}%)`, color: againstBlack >= againstWhite ? '#000000' : '#ffffff' };
}

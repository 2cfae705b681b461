// The console's colour scale for fits: one hue getting darker as the fit grows, and its numbers
// always readable on it (WCAG AA, 4.5:1), whichever fit a matrix cell shows.
import { contrastRatio, fitColours, luminanceOfHsl } from '../../src/console/components/fit-scale';

const luminanceOf = (background: string): number => {
  const match = /^hsl\((\d+) (\d+)% ([\d.]+)%\)$/.exec(background);
  if (!match) throw new Error(`unexpected colour ${background}`);
  return luminanceOfHsl(Number(match[1]), Number(match[2]) / 100, Number(match[3]) / 100);
};

const fits = Array.from({ length: 101 }, (_, i) => i / 100);

it('keeps the printed fit at 4.5:1 or more against its cell, from 0 to 1', () => {
  for (const fit of fits) {
    const { background, color } = fitColours(fit);
    expect(contrastRatio(luminanceOf(background), color === '#ffffff' ? 1 : 0)).toBeGreaterThanOrEqual(4.5);
  }
});

it('is one scale: a higher fit is never lighter, and the ends are far apart', () => {
  const luminances = fits.map((fit) => luminanceOf(fitColours(fit).background));
  for (let i = 1; i < luminances.length; i++) expect(luminances[i]).toBeLessThanOrEqual(luminances[i - 1]!);
  expect(contrastRatio(luminances[0]!, luminances[100]!)).toBeGreaterThan(4);
});

it('clamps fits outside 0–1 to the ends', () => {
  expect(fitColours(-0.5)).toEqual(fitColours(0));
  expect(fitColours(1.5)).toEqual(fitColours(1));
});

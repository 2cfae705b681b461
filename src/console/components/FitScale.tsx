/** sRGB channel (0–1) to linear light, for WCAG's relative luminance. */
const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function luminanceOfHsl(h: number, s: number, l: number): number {
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
  const againstBlack = (background + 0.05) / 0.05;
  const againstWhite = 1.05 / (background + 0.05);
  return { background: `hsl(214 80% ${lightness}%)`, color: againstBlack >= againstWhite ? '#000000' : '#ffffff' };
}

/** The scale's legend: five steps with their values. */
export function FitLegend({ label }: { label: string }) {
  const steps = [0, 0.25, 0.5, 0.75, 1];
  return (
    <div className="fit-legend">
      <span>{label}</span>
      <ul>
        {steps.map((step) => (
          <li key={step} style={fitColours(step)}>
            {step.toFixed(2)}
          </li>
        ))}
      </ul>
    </div>
  );
}

import { fitColours } from './fit-scale';

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

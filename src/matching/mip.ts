// A mixed-integer program as plain data: what the consortium model builder produces and what a
// MipSolver consumes. Kept solver-neutral so the model can be inspected and tested without HiGHS.

export interface MipVariable {
  /** Unique, LP-format safe (letters, digits, underscore). */
  name: string;
  objective: number;
  lower: number;
  upper: number;
  integer: boolean;
}

export interface MipTerm {
  /** Index into MipModel.variables. */
  variable: number;
  coefficient: number;
}

/** lower <= Σ terms <= upper; an absent side is -Infinity or Infinity. */
export interface MipConstraint {
  name: string;
  terms: MipTerm[];
  lower: number;
  upper: number;
}

export interface MipModel {
  sense: 'maximize' | 'minimize';
  /** Constant added to the objective (the -μ of the consortium value). */
  objectiveOffset: number;
  variables: MipVariable[];
  constraints: MipConstraint[];
}

const TERMS_PER_LINE = 8;

function formatNumber(value: number): string {
  // Shortest round-trip form; the LP reader accepts exponents such as 1e-07.
  return String(value);
}

function linearExpression(terms: { name: string; coefficient: number }[]): string {
  if (terms.length === 0) return '0';
  const parts: string[] = [];
  terms.forEach(({ name, coefficient }, i) => {
    const sign = coefficient < 0 ? '-' : '+';
    const magnitude = Math.abs(coefficient);
    const body = magnitude === 1 ? name : `${formatNumber(magnitude)} ${name}`;
    parts.push(i === 0 ? (sign === '-' ? `- ${body}` : body) : `${sign} ${body}`);
  });
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += TERMS_PER_LINE) lines.push(parts.slice(i, i + TERMS_PER_LINE).join(' '));
  // Long rows are wrapped: some LP readers limit line length, and newlines are plain whitespace here.
  return lines.join('\n   ');
}

/**
 * The model in CPLEX LP format, for reading, logging and handing to any LP-format solver. The
 * objective offset is written as a comment because not every LP reader accepts a constant there.
 */
export function toLpFormat(model: MipModel): string {
  const { variables } = model;
  const named = (terms: MipTerm[]) => terms.map((t) => ({ name: variables[t.variable].name, coefficient: t.coefficient }));
  const out: string[] = [];
  out.push(`\\ objective offset ${formatNumber(model.objectiveOffset)}`);
  out.push(model.sense === 'maximize' ? 'Maximize' : 'Minimize');
  const objective = variables.map((v, i) => ({ variable: i, coefficient: v.objective })).filter((t) => t.coefficient !== 0);
  out.push(` obj: ${objective.length > 0 ? linearExpression(named(objective)) : `0 ${variables[0]?.name ?? ''}`}`.trimEnd());
  out.push('Subject To');
  for (const c of model.constraints) {
    const expression = linearExpression(named(c.terms));
    if (c.lower === c.upper) out.push(` ${c.name}: ${expression} = ${formatNumber(c.upper)}`);
    else if (c.lower === -Infinity) out.push(` ${c.name}: ${expression} <= ${formatNumber(c.upper)}`);
    else if (c.upper === Infinity) out.push(` ${c.name}: ${expression} >= ${formatNumber(c.lower)}`);
    else {
      // A ranged row becomes two rows; the LP format has no portable range syntax.
      out.push(` ${c.name}_lo: ${expression} >= ${formatNumber(c.lower)}`);
      out.push(` ${c.name}_hi: ${expression} <= ${formatNumber(c.upper)}`);
    }
  }
  out.push('Bounds');
  for (const v of variables) {
    if (v.lower === v.upper) out.push(` ${v.name} = ${formatNumber(v.lower)}`);
    else {
      const lower = v.lower === -Infinity ? '-inf' : formatNumber(v.lower);
      const upper = v.upper === Infinity ? '+inf' : formatNumber(v.upper);
      out.push(` ${lower} <= ${v.name} <= ${upper}`);
    }
  }
  // Integers go under Generals with their explicit bounds: a Binary section would reset a fixed
  // (included) member's bounds to [0, 1] in some readers.
  const integers = variables.filter((v) => v.integer).map((v) => v.name);
  if (integers.length > 0) {
    out.push('Generals');
    for (let i = 0; i < integers.length; i += TERMS_PER_LINE) out.push(` ${integers.slice(i, i + TERMS_PER_LINE).join(' ')}`);
  }
  out.push('End');
  return `${out.join('\n')}\n`;
}

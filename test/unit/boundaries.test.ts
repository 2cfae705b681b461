import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/*
 * The layers' boundaries (docs/architecture.md) as `npm run lint:deps` checks them with
 * dependency-cruiser: the tree as committed passes, and a probe file that breaks a rule fails.
 */

const ROOT = path.resolve(__dirname, '../..');
const DEPCRUISE = path.join(ROOT, 'node_modules/.bin/depcruise');

function depcruise(...paths: string[]) {
  const run = spawnSync(DEPCRUISE, [...paths, '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Writes a probe source file for one check, and removes it whatever the check does. */
function withProbe(relativePath: string, source: string, check: () => void): void {
  const file = path.join(ROOT, relativePath);
  fs.writeFileSync(file, source);
  try {
    check();
  } finally {
    fs.rmSync(file, { force: true });
  }
}

const probeName = (dir: string) => `${dir}/boundary-probe-${randomUUID().slice(0, 8)}.tmp.ts`;

describe('dependency rules', () => {
  it('hold for the source tree', () => {
    const { status, output } = depcruise('src', 'seeds', 'test', 'ormconfig.ts');
    expect(output).not.toMatch(/error/);
    expect(status).toBe(0);
  }, 60_000);

  it('fail on an import from src/graphql into src/modules', () => {
    const probe = probeName('src/graphql');
    withProbe(probe, "import type { Context } from '../modules/context';\n\nexport type Probe = Context;\n", () => {
      const { status, output } = depcruise(probe);
      expect(status).not.toBe(0);
      expect(output).toContain('graphql-knows-no-modules');
    });
  }, 60_000);

  it('fail on an import of the app from src/matching', () => {
    const probe = probeName('src/matching');
    withProbe(probe, "import { ErrorCode } from '../graphql/errors';\n\nexport const probe = ErrorCode.CONFLICT;\n", () => {
      const { status, output } = depcruise(probe);
      expect(status).not.toBe(0);
      expect(output).toContain('matching-is-pure');
    });
  }, 60_000);

  it('fail on an import cycle made only of type imports', () => {
    const first = probeName('src/modules');
    const second = probeName('src/modules');
    const importOf = (file: string) => `./${path.basename(file, '.ts')}`;
    withProbe(first, `import type { B } from '${importOf(second)}';\n\nexport interface A {\n  b: B;\n}\n`, () => {
      withProbe(second, `import type { A } from '${importOf(first)}';\n\nexport interface B {\n  a: A;\n}\n`, () => {
        const { status, output } = depcruise(first, second);
        expect(status).not.toBe(0);
        expect(output).toContain('no-circular');
      });
    });
  }, 60_000);
  it('fail on an import of the server from the console', () => {
    const probe = probeName('src/console');
    withProbe(probe, "import { ErrorCode } from '../graphql/errors';\n\nexport const probe = ErrorCode.CONFLICT;\n", () => {
      const { status, output } = depcruise(probe);
      expect(status).not.toBe(0);
      expect(output).toContain('console-is-a-client');
    });
  }, 60_000);

  it('fail on an import of the console from the server', () => {
    const probe = probeName('src/http');
    withProbe(probe, "import { format } from '../console/i18n/i18n';\n\nexport const probe = format;\n", () => {
      const { status, output } = depcruise(probe);
      expect(status).not.toBe(0);
      expect(output).toContain('server-knows-no-console');
    });
  }, 60_000);
});

// The console's JavaScript stays within the budget, measured on the build as served (gzip).
import path from 'node:path';
import { CONSOLE_JS_BUDGET_BYTES, consoleScriptSize, kilobytes } from '../support/console-size';
import { assertBuilt, root } from '../support/server-process';

it('the console ships under 300 KB of gzipped JavaScript', () => {
  assertBuilt();
  const size = consoleScriptSize(path.join(root, 'dist/console'));
  console.log(`console JavaScript: ${kilobytes(size.bytes)}, ${kilobytes(size.gzipped)} gzipped in ${size.files.length} file(s)`);
  expect(size.files.length).toBeGreaterThan(0);
  expect(size.gzipped).toBeLessThan(CONSOLE_JS_BUDGET_BYTES);
});

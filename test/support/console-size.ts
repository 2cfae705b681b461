// The console's JavaScript as the server sends it (gzip, Node's default level), summed over
// dist/console/assets. `npm run console:size` prints it after a build; test/e2e/console-bundle.test.ts asserts the budget.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget for the console's JavaScript, gzipped. */
export const CONSOLE_JS_BUDGET_BYTES = 300 * 1024;

export interface ConsoleSize {
  files: { name: string; bytes: number; gzipped: number }[];
  bytes: number;
  gzipped: number;
}

export function consoleScriptSize(distDir = path.join(__dirname, '../../console')): ConsoleSize {
  const assets = path.join(distDir, 'assets');
  if (!fs.existsSync(assets)) throw new Error(`${assets} is missing: run \`npm run build\` first.`);
  const files = fs
    .readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const body = fs.readFileSync(path.join(assets, name));
      return { name, bytes: body.length, gzipped: gzipSync(body).length };
    });
  return { files, bytes: files.reduce((sum, f) => sum + f.bytes, 0), gzipped: files.reduce((sum, f) => sum + f.gzipped, 0) };
}

export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (require.main === module) {
  const size = consoleScriptSize();
  for (const file of size.files) console.log(`${file.name}: ${kilobytes(file.bytes)}, ${kilobytes(file.gzipped)} gzipped`);
  console.log(`console JavaScript: ${kilobytes(size.gzipped)} gzipped (budget ${kilobytes(CONSOLE_JS_BUDGET_BYTES)})`);
  if (size.gzipped > CONSOLE_JS_BUDGET_BYTES) process.exitCode = 1;
}

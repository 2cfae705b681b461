import { Init1795591135850 } from './1795591135850-Init';

// Migrations in the order they apply; listed explicitly so they load the same under tsc, ts-jest and the CLI.
export const migrations = [Init1795591135850];

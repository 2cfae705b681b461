// DataSource for the TypeORM CLI (npm run migration:generate / migration:run), built with `tsc`.
// Uses DATABASE_URL when set, else the embedded database under DATA_DIR, like the server.
import 'reflect-metadata';
import pino from 'pino';
import { loadConfig } from './src/config';
import { prepareDataSource } from './src/db/database';

const config = loadConfig();
export default prepareDataSource(config, pino({ level: config.logLevel }));

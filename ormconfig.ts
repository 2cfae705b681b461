// DataSource for the TypeORM CLI (npm run migration:generate / migration:run), built with `tsc`.
// Uses DATABASE_URL when set, else the embedded database under DATA_DIR, like the server.
import 'reflect-metadata';
import pino from 'pino';
import { loadConfig } from './src/config';
import { prepareDataSource } from './src/db/database';
import { entities } from './src/modules';

const config = loadConfig();
export default prepareDataSource({ ...config, entities }, pino({ level: config.logLevel }));

require('reflect-metadata');
const pino = require('pino');
const { openDatabase } = require('./dist/src/db/database');
const { MatchingData } = require('./dist/src/modules/matching/matching.data');
(async () => {
  const ds = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: '', poolSize: 4 }, pino({ level: 'warn' }));
  const data = new MatchingData(ds);
  for (const size of ['04','08','12']) {
  const [{ id }] = await ds.query(`SELECT id FROM project WHERE slug = 'syn-project-${size}-sejong-5-1'`);
  for (let i = 0; i < 3; i++) {
    const p = await data.project(id);
    let t = Date.now();
    const c = await data.candidates(p.input.slots);
    console.log(size, { candidatesQuery: Date.now() - t, rows: c.length });
  }}
  await ds.destroy();
})();

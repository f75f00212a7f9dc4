import { rmSync } from 'node:fs';
import pg from 'pg';

export default async function globalTeardown(): Promise<void> {
  const template = process.env.ZSB_TEST_TEMPLATE;
  if (!template) return;
  if (!process.env.DATABASE_URL) {
    rmSync(template, { force: true });
    return;
  }
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  await admin.end();
}

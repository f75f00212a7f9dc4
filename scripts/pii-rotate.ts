// Re-encrypts stored personal numbers under the first key of PII_KEY (see README, "Key rotation").
import { loadConfig } from '../src-server/platform/config';
import { openDatabase } from '../src-server/platform/db/database';
import { createLogger } from '../src-server/platform/logger';
import { createServices } from '../src-server/services';
import { rotatePiiKeys } from '../src-server/identity/rotate-pii-keys';

async function main() {
  const config = loadConfig();
  const db = await openDatabase(
    config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl, poolSize: 2 } : { kind: 'embedded', dataDir: config.dataDir },
  );
  try {
    const services = createServices({ config, db, logger: createLogger('silent') });
    const { reEncrypted } = await rotatePiiKeys(services.system('pii-rotate'));
    console.log(`已用密钥 ${services.pii.currentKeyId} 重新加密 ${reEncrypted} 条记录。确认无误后可从 PII_KEY 中移除旧密钥。`);
  } finally {
    await db.close();
  }
}

main().then(() => process.exit(0), (err) => { console.error(err instanceof Error ? err.message : err); process.exit(1); });

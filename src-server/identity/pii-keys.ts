// Where the personal-data keys come from: PII_KEY / PII_HASH_KEY, or, in demo mode only, a key file that the
// first start writes into the data folder (mode 0600) so a demo keeps its data readable across restarts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../platform/config';
import { newKeyMaterial, parseKeyRing, PiiCipher } from './pii';

interface KeyFile {
  piiKey: string;
  piiHashKey: string;
}

export function loadPiiCipher(config: Config): PiiCipher {
  let piiKey = config.piiKey;
  let piiHashKey = config.piiHashKey;
  if (!piiKey || !piiHashKey) {
    if (config.env === 'production') throw new Error('PII_KEY and PII_HASH_KEY are required in production');
    const file = path.join(config.dataDir, 'pii-keys.json');
    let stored: KeyFile;
    if (existsSync(file)) {
      stored = JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
    } else {
      stored = { piiKey: `demo1:${newKeyMaterial()}`, piiHashKey: newKeyMaterial() };
      mkdirSync(config.dataDir, { recursive: true });
      writeFileSync(file, JSON.stringify(stored, null, 2) + '\n', { mode: 0o600 });
    }
    piiKey ??= stored.piiKey;
    piiHashKey ??= stored.piiHashKey;
  }
  return new PiiCipher(parseKeyRing(piiKey), Buffer.from(piiHashKey, 'base64'));
}

// Personal data at rest: AES-256-GCM under a key ring (the first key encrypts, every key decrypts, so old rows
// stay readable after a rotation), and an HMAC-SHA256 keyed hash for lookups. The field name is bound into
// each ciphertext (as associated data) and each hash, so values cannot be swapped between fields.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

export interface PiiKey {
  id: string;
  key: Buffer;
}

export type PiiField =
  | 'resident.idNumber'
  | 'resident.phone'
  | 'resident.sessionKey'
  | 'family.idNumber'
  | 'seed.demoAccounts'
  | 'application.idNumber'
  | 'application.phone'
  | 'application.form'
  | 'draft.content';

const version = 'v1';

export class PiiCipher {
  private readonly byId: Map<string, Buffer>;

  constructor(
    private readonly keys: PiiKey[],
    private readonly hashKey: Buffer,
  ) {
    if (keys.length === 0) throw new Error('PII key ring is empty');
    for (const k of keys) if (k.key.length !== 32) throw new Error(`PII key ${k.id} is not 32 bytes`);
    if (hashKey.length < 32) throw new Error('PII hash key is shorter than 32 bytes');
    this.byId = new Map(keys.map((k) => [k.id, k.key]));
  }

  get currentKeyId(): string {
    return this.keys[0].id;
  }

  encrypt(field: PiiField, plaintext: string): string {
    const { id, key } = this.keys[0];
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(field));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [version, id, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join(':');
  }

  decrypt(field: PiiField, sealed: string): string {
    const [v, id, iv, tag, body] = sealed.split(':');
    const key = this.byId.get(id);
    if (v !== version || !key || !iv || !tag || body === undefined) {
      throw new Error(`cannot decrypt ${field}: unknown format or key ${id}`);
    }
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(field));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** The key id a sealed value was encrypted under (for rotation). */
  keyIdOf(sealed: string): string {
    return sealed.split(':')[1];
  }

  /** Deterministic keyed hash for equality lookups (e.g. is this ID number already verified elsewhere). */
  hash(field: PiiField, value: string): string {
    return createHmac('sha256', this.hashKey).update(`${field}\u0000${value}`).digest('hex');
  }
}

/** Parses `id:base64,id:base64` (first encrypts). */
export function parseKeyRing(raw: string): PiiKey[] {
  return raw.split(',').map((entry) => {
    const [id, material] = entry.split(':');
    return { id, key: Buffer.from(material, 'base64') };
  });
}

export function newKeyMaterial(): string {
  return randomBytes(32).toString('base64');
}

// WeChat's message-push signatures and safe-mode encryption (消息加解密), the scheme of Tencent's WXBizMsgCrypt
// samples: sha1 over the sorted values; AES-256-CBC with the key from EncodingAESKey and PKCS#7 padding to 32 bytes.
import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** sha1 of the values sorted and joined: `signature` (token, timestamp, nonce) and `msg_signature` (+ Encrypt). */
export const pushSignature = (...values: string[]): string =>
  createHash('sha1').update([...values].sort().join('')).digest('hex');

/** Whether `given` is the signature of `values`; constant time, so a guess learns nothing from the timing. */
export function signatureMatches(given: string | undefined, ...values: Array<string | undefined>): boolean {
  if (!given || values.some((v) => v === undefined)) return false;
  const expected = Buffer.from(pushSignature(...(values as string[])));
  const actual = Buffer.from(given.toLowerCase());
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** WeChat pads to 32 bytes (not AES's 16): its samples and its servers do. */
const padBlock = 32;

function keyOf(aesKey: string): { key: Buffer; iv: Buffer } {
  const key = Buffer.from(`${aesKey}=`, 'base64');
  if (key.length !== 32) throw new Error('EncodingAESKey must be 43 base64 characters (32 bytes)');
  return { key, iv: key.subarray(0, 16) };
}

/** Encrypt: 16 random bytes, the message length (4 bytes, big-endian), the message, the appid; base64. */
export function encryptPush(aesKey: string, appId: string, message: string, random: Buffer = randomBytes(16)): string {
  const { key, iv } = keyOf(aesKey);
  const body = Buffer.from(message, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const plain = Buffer.concat([random, length, body, Buffer.from(appId, 'utf8')]);
  const pad = padBlock - (plain.length % padBlock);
  const cipher = createCipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])), cipher.final()]).toString('base64');
}

/** The message and the appid it was encrypted for, or null when `encrypted` is not such a message. */
export function decryptPush(aesKey: string, encrypted: string): { message: string; appId: string } | null {
  const { key, iv } = keyOf(aesKey);
  const data = Buffer.from(encrypted, 'base64');
  if (data.length === 0 || data.length % 16 !== 0) return null;
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
    plain = Buffer.concat([decipher.update(data), decipher.final()]);
  } catch {
    return null;
  }
  const pad = plain[plain.length - 1];
  if (pad < 1 || pad > padBlock || pad > plain.length || plain.subarray(plain.length - pad).some((b) => b !== pad)) return null;
  const content = plain.subarray(0, plain.length - pad);
  if (content.length < 20) return null;
  const length = content.readUInt32BE(16);
  if (20 + length > content.length) return null;
  return { message: content.subarray(20, 20 + length).toString('utf8'), appId: content.subarray(20 + length).toString('utf8') };
}

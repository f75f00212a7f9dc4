// Opaque bearer tokens: 32 random bytes shown once to the client; only their SHA-256 is stored. Each request
// looks its token up in the database, so a logout or revocation is seen by every instance at once.
import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client';

const prefix = 'zsb_';
/** lastUsedAt is refreshed at most this often, so reading does not turn every request into a write. */
const touchEveryMs = 5 * 60 * 1000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type TokenSubject = { residentId: string } | { staffId: string };

export async function issueToken(
  prisma: Pick<PrismaClient, 'authToken'>,
  subject: TokenSubject,
  ttlMs: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = prefix + randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlMs);
  await prisma.authToken.create({ data: { tokenHash: hashToken(token), expiresAt, ...subject } });
  return { token, expiresAt };
}

/** The live token row for a presented token, or null (unknown, expired or revoked). */
export async function findLiveToken(prisma: PrismaClient, token: string) {
  if (!token.startsWith(prefix) || token.length > 100) return null;
  const row = await prisma.authToken.findUnique({ where: { tokenHash: hashToken(token) } });
  const now = Date.now();
  if (!row || row.revokedAt || row.expiresAt.getTime() <= now) return null;
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > touchEveryMs) {
    await prisma.authToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  return row;
}

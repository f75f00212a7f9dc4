// Opaque bearer tokens: 32 random bytes shown once to the client; only their SHA-256 is stored. Each request
// looks its token up in the database, so a logout or revocation is seen by every instance at once.
import { createHash, randomBytes } from 'node:crypto';
import type { UseCaseContext } from '../platform/use-case';

const prefix = 'zsb_';
/** lastUsedAt is refreshed at most this often, so reading does not turn every request into a write. */
const touchEveryMs = 5 * 60 * 1000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type TokenSubject = { residentId: string } | { staffId: string };

type TokenContext = Pick<UseCaseContext, 'db' | 'clock'>;

export async function issueToken(
  { db, clock }: TokenContext,
  subject: TokenSubject,
  ttlMs: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = prefix + randomBytes(32).toString('base64url');
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + ttlMs);
  await db.authToken.create({ data: { tokenHash: hashToken(token), expiresAt, createdAt: now, ...subject } });
  return { token, expiresAt };
}

/**
 * The live token row for a presented token, or null (unknown, expired or revoked), with the resident or the staff account and
 * its scopes it signs in (one query: every staff request starts here).
 */
export async function findLiveToken({ db, clock }: TokenContext, token: string) {
  if (!token.startsWith(prefix) || token.length > 100) return null;
  const row = await db.authToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { resident: true, staff: { select: { id: true, username: true, displayName: true, role: true, disabledAt: true, scopes: { select: { kind: true, regionCode: true, departmentCode: true } } } } },
  });
  const now = clock.now().getTime();
  if (!row || row.revokedAt || row.expiresAt.getTime() <= now) return null;
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > touchEveryMs) {
    await db.authToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  return row;
}

/** Revokes every live token of a staff member (password reset, account disabled). */
export async function revokeStaffTokens({ db, clock }: TokenContext, staffId: string): Promise<void> {
  await db.authToken.updateMany({ where: { staffId, revokedAt: null }, data: { revokedAt: clock.now() } });
}

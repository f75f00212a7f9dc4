// Opaque bearer tokens: 32 random bytes shown once to the client; only their SHA-256 is stored. Each request
// looks its token up in the database, so a logout or revocation is seen by every instance at once.
import { createHash, randomBytes } from 'node:crypto';
import { Prisma, type Resident } from '../generated/prisma/client';
import type { StaffRole } from '../../src-shared/identity/roles';
import { jsonColumns } from '../platform/db/model-columns';
import { sqlRows, type UseCaseContext } from '../platform/use-case';
import type { ScopeGrant } from './actor';

const residentColumns = jsonColumns(Prisma.ResidentScalarFieldEnum, 'r');

const prefix = 'zsb_';
/** lastUsedAt is refreshed at most this often, so reading does not turn every request into a write. */
const touchEveryMs = 5 * 60 * 1000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type TokenSubject = { residentId: string } | { staffId: string };

type TokenContext = Pick<UseCaseContext, 'db' | 'sql' | 'clock'>;

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

/** The live token row with what it signs in, as one statement reads it (see `findLiveToken`). */
interface TokenRow {
  id: string;
  residentId: string | null;
  staffId: string | null;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  resident: Omit<Resident, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string } | null;
  staff: { id: string; username: string; displayName: string; role: StaffRole; disabledAt: string | null; scopes: ScopeGrant[] } | null;
}

/**
 * The live token row for a presented token, or null (unknown, expired or revoked), with the resident or the staff
 * account it signs in and the staff member's scopes. One prepared statement straight to the driver: every request
 * of a signed-in person starts here.
 */
export async function findLiveToken(ctx: TokenContext, token: string) {
  if (!token.startsWith(prefix) || token.length > 100) return null;
  const [row] = await sqlRows<TokenRow>(ctx, Prisma.sql`
    SELECT t.id, t.resident_id AS "residentId", t.staff_id AS "staffId", t.expires_at AS "expiresAt", t.revoked_at AS "revokedAt", t.last_used_at AS "lastUsedAt",
      CASE WHEN r.id IS NULL THEN NULL ELSE ${residentColumns} END AS resident,
      CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object(
        'id', s.id, 'username', s.username, 'displayName', s.display_name, 'role', s.role, 'disabledAt', s.disabled_at,
        'scopes', (SELECT coalesce(json_agg(json_build_object('kind', sc.kind, 'regionCode', sc.region_code, 'departmentCode', sc.department_code) ORDER BY sc.id), '[]'::json)
                   FROM staff_scope sc WHERE sc.staff_id = s.id)) END AS staff
    FROM auth_token t LEFT JOIN resident r ON r.id = t.resident_id LEFT JOIN staff_account s ON s.id = t.staff_id
    WHERE t.token_hash = ${hashToken(token)}`, { prepared: true });
  const now = ctx.clock.now().getTime();
  if (!row || row.revokedAt || row.expiresAt.getTime() <= now) return null;
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > touchEveryMs) {
    await ctx.db.authToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  // JSON carries timestamps as text: the account's two are made dates again, as Prisma gives them.
  const resident: Resident | null = row.resident && { ...row.resident, createdAt: new Date(row.resident.createdAt), updatedAt: new Date(row.resident.updatedAt) };
  const staff = row.staff && { ...row.staff, disabledAt: row.staff.disabledAt ? new Date(row.staff.disabledAt) : null };
  return { ...row, resident, staff };
}

/** Revokes every live token of a staff member (password reset, account disabled). */
export async function revokeStaffTokens({ db, clock }: TokenContext, staffId: string): Promise<void> {
  await db.authToken.updateMany({ where: { staffId, revokedAt: null }, data: { revokedAt: clock.now() } });
}

// Use case: a resident signs in (WeChat code exchanged, or a dev openid in demo mode): find or create the
// resident by openid, keep the session_key encrypted, issue a token, record the sign-in.
import type { Services } from '../services';
import { audit } from '../platform/audit';
import { presentResidentUser } from './presenters';
import { issueToken } from './tokens';

export async function loginResident(
  { db, pii, config }: Services,
  identity: { openid: string; unionid?: string; sessionKey?: string; via: 'wechat' | 'dev' },
  requestId: string,
) {
  const sessionKeyEnc = identity.sessionKey ? pii.encrypt('resident.sessionKey', identity.sessionKey) : undefined;
  const { resident, token } = await db.prisma.$transaction(async (tx) => {
    const resident = await tx.resident.upsert({
      where: { openid: identity.openid },
      create: { openid: identity.openid, unionid: identity.unionid, sessionKeyEnc },
      update: { unionid: identity.unionid, sessionKeyEnc },
    });
    const token = await issueToken(tx, { residentId: resident.id }, config.residentTokenDays * 24 * 3600 * 1000);
    await audit(tx, { actorKind: 'resident', actorId: resident.id }, { action: 'resident.login', details: { via: identity.via } }, requestId);
    return { resident, token };
  });
  return { token: token.token, expiresAt: token.expiresAt.toISOString(), user: await presentResidentUser(db.prisma, resident) };
}

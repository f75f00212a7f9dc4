// Use case: a resident signs in (WeChat code exchanged, or a dev openid in demo mode): find or create the
// resident by openid, keep the session_key encrypted, issue a token, record the sign-in.
import { audit } from '../platform/audit';
import { inTransaction, type UseCaseContext } from '../platform/use-case';
import { presentResidentUser } from './presenters';
import { issueToken } from './tokens';

export async function loginResident(
  ctx: UseCaseContext,
  identity: { openid: string; unionid?: string; sessionKey?: string; via: 'wechat' | 'dev' },
) {
  const { pii, config } = ctx;
  const sessionKeyEnc = identity.sessionKey ? pii.encrypt('resident.sessionKey', identity.sessionKey) : undefined;
  const { resident, token } = await inTransaction(ctx, async (tx) => {
    const resident = await tx.db.resident.upsert({
      where: { openid: identity.openid },
      create: { openid: identity.openid, unionid: identity.unionid, sessionKeyEnc },
      update: { unionid: identity.unionid, sessionKeyEnc },
    });
    const token = await issueToken(tx, { residentId: resident.id }, config.residentTokenDays * 24 * 3600 * 1000);
    await audit(tx, { action: 'resident.login', details: { via: identity.via } }, { actorKind: 'resident', actorId: resident.id });
    return { resident, token };
  });
  return { token: token.token, expiresAt: token.expiresAt.toISOString(), user: await presentResidentUser(ctx, resident) };
}

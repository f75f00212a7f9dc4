// The WeChat access token, shared by every instance through table wechat_access_token. WeChat invalidates the
// previous token a few minutes after a new one is fetched and limits fetches per day, so instances must not
// each fetch their own: the row is locked while one refreshes, and the others read what it wrote.
import { inTransaction, type UseCaseContext } from '../../platform/use-case';
import { fetchAccessToken, type WechatApp } from './wechat-api';

/** Refreshed when it has less than this left, so a send never carries a token about to expire. */
const refreshMargin = 5 * 60_000;

const usable = (row: { token: string; expiresAt: Date } | null | undefined, now: Date, rejected?: string): row is { token: string; expiresAt: Date } =>
  !!row && row.token !== '' && row.token !== rejected && row.expiresAt.getTime() - now.getTime() > refreshMargin;

/**
 * A valid access token. `rejected` is a token WeChat has just refused (40001/42001/40014): it is replaced unless
 * another instance already did. At most one refresh runs at a time across instances.
 */
export async function accessToken(ctx: UseCaseContext, wechat: WechatApp, rejected?: string): Promise<string> {
  const current = await ctx.db.wechatAccessToken.findUnique({ where: { appId: wechat.appId } });
  if (usable(current, ctx.clock.now(), rejected)) return current.token;
  // Waiting for the lock, a WeChat call (5 s at most) and the write: more than Prisma's 5 s default.
  return inTransaction(ctx, async (tx) => {
    const created = tx.clock.now();
    // The row is what instances queue on, so it must exist: the very first refresh creates it expired.
    await tx.db.$executeRaw`
      INSERT INTO wechat_access_token (app_id, token, expires_at, refreshed_at)
      VALUES (${wechat.appId}, '', ${created}, ${created}) ON CONFLICT (app_id) DO NOTHING`;
    const [locked] = await tx.db.$queryRaw<Array<{ token: string; expiresAt: Date }>>`
      SELECT token, expires_at AS "expiresAt" FROM wechat_access_token WHERE app_id = ${wechat.appId} FOR UPDATE`;
    // Re-read after the lock: another instance may have refreshed while this one waited.
    const now = tx.clock.now();
    if (usable(locked, now, rejected)) return locked.token;
    const fresh = await fetchAccessToken(wechat);
    await tx.db.wechatAccessToken.update({
      where: { appId: wechat.appId },
      data: { token: fresh.token, expiresAt: new Date(now.getTime() + fresh.expiresIn * 1000), refreshedAt: now },
    });
    tx.log.info({ appId: wechat.appId, expiresIn: fresh.expiresIn }, 'wechat access token refreshed');
    return fresh.token;
  }, { timeout: 20_000 });
}

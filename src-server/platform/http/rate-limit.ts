// Rate limits shared by every instance: fixed-window counters in PostgreSQL (one upsert per limited request).
// PostgreSQL rather than Redis because it is the one service every deployment already has, the embedded
// demo included; the limited routes (sign-in, submissions, uploads, search, chat) are not hot enough for the
// extra round trip to matter.
import type { Context } from 'koa';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { Errors } from '../errors';
import type { RateLimitRule } from './route';

/** The limits of the contract's sensitive routes, in one place. */
export const limits = {
  loginPerIp: { name: 'login-ip', by: 'ip', limit: 30, windowSeconds: 60 },
  staffLoginPerAccount: { name: 'login-user', by: { bodyField: 'username' }, limit: 10, windowSeconds: 60 },
  submitPerAccount: { name: 'submit', by: 'actor', limit: 20, windowSeconds: 3600 },
  uploadPerAccount: { name: 'upload', by: 'actor', limit: 120, windowSeconds: 3600 },
  uploadPerIp: { name: 'upload-ip', by: 'ip', limit: 300, windowSeconds: 3600 },
  searchPerIp: { name: 'search-ip', by: 'ip', limit: 120, windowSeconds: 60 },
  /** Suggestions come while typing, several a second. */
  suggestPerIp: { name: 'suggest-ip', by: 'ip', limit: 600, windowSeconds: 60 },
  chatPerIp: { name: 'chat-ip', by: 'ip', limit: 60, windowSeconds: 60 },
  writePerAccount: { name: 'write', by: 'actor', limit: 60, windowSeconds: 60 },
} satisfies Record<string, RateLimitRule>;

function keyOf(ctx: Context, rule: RateLimitRule): string | undefined {
  if (rule.by === 'ip') return `ip:${ctx.ip}`;
  if (rule.by === 'actor') {
    const actor = ctx.state.actor;
    if (!actor) return `ip:${ctx.ip}`;
    return actor.kind === 'resident' ? `resident:${actor.residentId}` : `staff:${actor.staffId}`;
  }
  const value = (ctx.request as { body?: Record<string, unknown> }).body?.[rule.by.bodyField];
  return typeof value === 'string' && value.length > 0 ? `${rule.by.bodyField}:${value.trim().toLowerCase().slice(0, 100)}` : undefined;
}

export function rateLimiter(db: Database, enabled: boolean, clock: Clock) {
  let lastSweep = 0;
  return async (ctx: Context, rules: RateLimitRule[]): Promise<void> => {
    if (!enabled) return;
    const now = clock.now().getTime();
    for (const rule of rules) {
      const key = keyOf(ctx, rule);
      if (!key) continue;
      const windowMs = rule.windowSeconds * 1000;
      const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
      const rows = await db.prisma.$queryRaw<{ count: number }[]>`
        INSERT INTO rate_limit_bucket (key, window_start, count) VALUES (${`${rule.name}|${key}`}, ${windowStart}, 1)
        ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_bucket.count + 1
        RETURNING count`;
      if (Number(rows[0].count) > rule.limit) {
        throw Errors.rateLimited(Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now) / 1000)));
      }
    }
    // Old windows are of no use; any instance clears them now and then.
    if (now - lastSweep > 10 * 60 * 1000) {
      lastSweep = now;
      await db.prisma.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now - 24 * 3600 * 1000) } } });
    }
  };
}

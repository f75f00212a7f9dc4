// The access check of every route (see Access in platform/http/route.ts): resolves the bearer token to the
// caller and refuses what the route's rule does not allow. Default deny: anything but a listed case fails.
import type { Context } from 'koa';
import type { Access } from '../platform/http/route';
import { Errors } from '../platform/errors';
import type { Services } from '../services';
import type { Actor } from './actor';
import { findLiveToken } from './tokens';

async function resolveActor(services: Services, ctx: Context): Promise<Actor | undefined> {
  const { db } = services;
  const header = ctx.get('Authorization');
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return undefined;
  const token = await findLiveToken({ db: db.prisma, sql: db.sql, clock: services.clock }, match[1]);
  if (!token) return undefined;
  if (token.residentId) return { kind: 'resident', residentId: token.residentId, tokenId: token.id, account: token.resident ?? undefined };
  const staff = token.staff;
  if (!staff || staff.disabledAt) return undefined;
  return { kind: 'staff', staffId: staff.id, username: staff.username, displayName: staff.displayName, role: staff.role, scopes: staff.scopes, tokenId: token.id };
}

export function authorizer(services: Services) {
  return async (ctx: Context, access: Access): Promise<void> => {
    switch (access.kind) {
      case 'public':
        return;
      case 'demo':
        if (!services.config.demo) throw Errors.notFound('没有这个接口');
        return;
      case 'anyone':
        if (!ctx.get('Authorization')) return;
        break;
    }
    const actor = await resolveActor(services, ctx);
    if (!actor) throw Errors.unauthenticated(ctx.get('Authorization') ? '登录已失效，请重新登录' : '请先登录');
    ctx.state.actor = actor;
    switch (access.kind) {
      case 'signedIn':
      case 'anyone':
        return;
      case 'resident':
        if (actor.kind !== 'resident') throw Errors.forbidden('此功能仅供居民使用');
        return;
      case 'staff':
        if (actor.kind !== 'staff' || !access.roles.includes(actor.role)) throw Errors.forbidden('您的账号没有此项权限');
        return;
      default:
        throw Errors.forbidden();
    }
  };
}

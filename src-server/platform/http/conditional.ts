// Conditional GET for answers that only change with a published catalog version: an ETag naming the version
// (and whatever else selects the answer), Cache-Control, and 304 Not Modified when the client has it already,
// so the weapp and the H5 app do not download a guide twice.
import type { Context } from 'koa';

/**
 * Sets ETag and Cache-Control; answers 304 (and returns true) when `If-None-Match` names the same ETag.
 * `immutable`: the answer can never change (an explicit older version) and may be kept for a year.
 */
export function notModified(ctx: Context, tag: string, options: { immutable?: boolean; maxAge?: number } = {}): boolean {
  const etag = `"${tag.replace(/[^\w.:|-]/g, '_')}"`;
  ctx.set('ETag', etag);
  ctx.set('Cache-Control', options.immutable ? 'public, max-age=31536000, immutable' : `public, max-age=${options.maxAge ?? 30}, must-revalidate`);
  const asked = ctx.get('If-None-Match');
  if (asked && asked.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
    ctx.status = 304;
    ctx.body = undefined;
    return true;
  }
  return false;
}

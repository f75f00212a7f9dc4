// Serves the built H5 app: files from the build folder, and index.html for any other page path (the H5 router
// uses browser history). API and WeChat paths are never answered with the app.
import { send } from '@koa/send';
import type { Context, Next } from 'koa';
import { existsSync } from 'node:fs';
import path from 'node:path';

const hashedAsset = /\.[0-9a-f]{8,}\.(js|css|png|jpe?g|svg|woff2?)$/;

export function serveH5(h5Dir: string) {
  const indexFile = path.join(h5Dir, 'index.html');
  return async (ctx: Context, next: Next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || /^\/(api|wechat)(\/|$)/.test(ctx.path)) return next();
    if (!existsSync(indexFile)) return next();
    try {
      const sent = await send(ctx, ctx.path, {
        root: h5Dir,
        index: 'index.html',
        setHeaders: (res, file) => {
          res.setHeader('Cache-Control', hashedAsset.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      });
      if (sent) return;
    } catch (err) {
      if ((err as { status?: number }).status !== 404) throw err;
    }
    if (path.extname(ctx.path)) return next(); // a missing file is a 404, not the app
    ctx.set('Cache-Control', 'no-cache');
    await send(ctx, 'index.html', { root: h5Dir });
  };
}

// Graceful shutdown: requests in flight finish, new connections are refused, the timeout forces the rest.
import http from 'node:http';
import Koa from 'koa';
import { buildRouter, defineRoute, publicAccess, type Access } from '../../src-server/platform/http/route';
import { serve } from '../../src-server/platform/http/serve';

function slowApp(ms: number) {
  const app = new Koa();
  app.use(async (ctx) => {
    await new Promise((resolve) => setTimeout(resolve, ms).unref());
    ctx.body = { done: true };
  });
  return app;
}

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('serve().close', () => {
  it('lets a request in flight finish and then refuses new connections', async () => {
    const running = await serve(slowApp(300).callback(), 0, '127.0.0.1');
    const inFlight = get(running.url);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = running.close(5_000);
    expect(await inFlight).toEqual({ status: 200, body: '{"done":true}' });
    expect(await closing).toEqual({ forced: false });
    await expect(get(running.url)).rejects.toThrow(/ECONNREFUSED/);
  });

  it('cuts requests that outlive the timeout', async () => {
    const running = await serve(slowApp(5_000).callback(), 0, '127.0.0.1');
    const inFlight = get(running.url).then(
      () => 'answered',
      (err: Error) => err.message,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await running.close(100)).toEqual({ forced: true });
    expect(await inFlight).toMatch(/socket hang up|ECONNRESET/);
  });
});

describe('route declarations', () => {
  const guards = { authorize: async () => undefined, rateLimit: async () => undefined };
  const route = (access: Access | undefined) =>
    defineRoute({
      method: 'get',
      path: '/api/x',
      summary: 'x',
      tags: [],
      access: access as Access,
      responses: {},
      handler: () => 'x',
    });

  it('refuse a route that does not say who may call it', () => {
    expect(() => buildRouter([route(undefined)], guards)).toThrow(/declares no access rule/);
  });
  it('refuse the same method and path twice', () => {
    expect(() => buildRouter([route(publicAccess), route(publicAccess)], guards)).toThrow(/declared twice/);
  });
});

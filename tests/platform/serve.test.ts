// Graceful shutdown: requests in flight finish, new connections are refused, the timeout forces the rest.
import http from 'node:http';
import Koa from 'koa';
import { z } from 'zod';
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
  const guards = { authorize: async () => undefined, rateLimit: async () => undefined, useCaseContext: () => { throw new Error('not called'); } };
  const route = (access: Access | undefined) =>
    defineRoute({
      method: 'get',
      path: '/api/x',
      summary: 'x',
      tags: [],
      access: access as Access,
      responses: { 200: { description: 'x', schema: z.string() } },
      handler: () => 'x',
    });

  it('refuse a route that does not say who may call it', () => {
    expect(() => buildRouter([route(undefined)], guards)).toThrow(/declares no access rule/);
  });
  it('refuse a route whose answers are not described', () => {
    const bare = { ...route(publicAccess), responses: { 200: { description: 'x' } } } as unknown as Parameters<typeof buildRouter>[0][number];
    expect(() => buildRouter([bare], guards)).toThrow(/does not describe its 200 answer/);
    const none = { ...route(publicAccess), responses: {} };
    expect(() => buildRouter([none], guards)).toThrow(/declares no successful response/);
    const emptyNot204 = { ...route(publicAccess), responses: { 200: { description: 'x', empty: true as const } } };
    expect(() => buildRouter([emptyNot204], guards)).toThrow(/only a 204 or 304 answer may have no body/);
  });
  it('refuse the same method and path twice', () => {
    expect(() => buildRouter([route(publicAccess), route(publicAccess)], guards)).toThrow(/declared twice/);
  });
});

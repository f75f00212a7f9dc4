// Cross-cutting HTTP behaviour of the real middleware stack, with probe routes beside the app's own.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { appRoutes } from '../../src-server/app';
import { defineRoute, publicAccess } from '../../src-server/platform/http/route';
import { FRESH_MS } from '../../src-server/platform/read-cache';
import { startTestApp, testConfig, type TestApp } from '../support/app';

const probeRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/probe/echo',
    summary: 'probe',
    tags: ['probe'],
    access: publicAccess,
    body: z.object({ name: z.string().min(2).max(10), age: z.number().int().min(0) }).strict(),
    responses: { 200: { description: 'echo', schema: z.object({ name: z.string(), age: z.number() }) } },
    handler: (_ctx, { body }) => body,
  }),
  defineRoute({
    method: 'get',
    path: '/api/probe/boom',
    summary: 'probe',
    tags: ['probe'],
    access: publicAccess,
    responses: { 200: { description: 'never', schema: z.never() } },
    handler: () => {
      throw new Error('secret internal detail');
    },
  }),
];

let t: TestApp;
let h5Dir: string;
beforeAll(async () => {
  h5Dir = path.join(testConfig().dataDir, 'h5');
  mkdirSync(path.join(h5Dir, 'js'), { recursive: true });
  writeFileSync(path.join(h5Dir, 'index.html'), '<!doctype html><title>掌上办</title><div id="app"></div>');
  writeFileSync(path.join(h5Dir, 'js', 'app.0123abcd.js'), 'console.log(1)');
  t = await startTestApp({ config: { h5Dir }, routes: (services) => [...appRoutes(services), ...probeRoutes] });
});
afterAll(() => t.close());

const errorShape = (code: string) => ({
  error: expect.objectContaining({ code, message: expect.stringMatching(/[\u4e00-\u9fa5]/), requestId: expect.any(String) }),
});

describe('errors in the contract format', () => {
  it('lists every invalid field with a Chinese message', async () => {
    const res = await t.request.post('/api/probe/echo').send({ name: 'x', age: -1, extra: true }).expect(400);
    expect(res.body).toMatchObject(errorShape('invalid_input'));
    const fields = res.body.error.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(['', 'age', 'name']);
    expect(res.body.error.details.find((d: { field: string }) => d.field === 'name').message).toBe('至少填写 2 个字');
  });

  it('refuses a NUL character wherever it sits, naming the field, before any schema sees it', async () => {
    const nested = await t.request.post('/api/probe/echo').send({ name: 'ab', age: 1, tags: [{ note: 'x\u0000y' }] }).expect(400);
    expect(nested.body.error.details).toEqual([{ field: 'tags.0.note', message: '包含无法识别的字符，请删除后重新输入' }]);
    const inQuery = await t.request.post('/api/probe/echo?q=a%00b').send({ name: 'ab', age: 1 }).expect(400);
    expect(inQuery.body.error.details).toEqual([{ field: 'query.q', message: '包含无法识别的字符，请删除后重新输入' }]);
    // A backslash followed by "u0000" is text, not a NUL: it reaches the schema, which accepts it here.
    const lookalike = await t.request.post('/api/probe/echo').send({ name: '\\u0000', age: 1 }).expect(200);
    expect(lookalike.body).toEqual({ name: '\\u0000', age: 1 });
  });

  it('says a missing field is required and a wrong type is wrong', async () => {
    const res = await t.request.post('/api/probe/echo').send({ age: 'ten' }).expect(400);
    expect(res.body.error.details).toEqual(
      expect.arrayContaining([
        { field: 'name', message: '此项必填' },
        { field: 'age', message: '格式不对，应填写数字' },
      ]),
    );
  });

  it('answers malformed JSON with a 400, not a 500', async () => {
    const res = await t.request.post('/api/probe/echo').set('Content-Type', 'application/json').send('{"name": "ab",').expect(400);
    expect(res.body).toMatchObject(errorShape('malformed_body'));
  });

  it('answers a body over the limit with a 413', async () => {
    const res = await t.request
      .post('/api/probe/echo')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024), age: 1 }))
      .expect(413);
    expect(res.body).toMatchObject(errorShape('payload_too_large'));
  });

  it('hides an unexpected failure behind a 500 that reveals nothing internal', async () => {
    const res = await t.request.get('/api/probe/boom').expect(500);
    expect(res.body).toMatchObject(errorShape('internal'));
    expect(JSON.stringify(res.body)).not.toContain('secret');
  });

  it('answers an unknown API path with 404 and a known path under another method with 405', async () => {
    expect((await t.request.get('/api/no/such/thing').expect(404)).body).toMatchObject(errorShape('not_found'));
    expect((await t.request.delete('/api/regions').expect(405)).body).toMatchObject(errorShape('method_not_allowed'));
  });
});

describe('request ids', () => {
  it('keeps a sane incoming X-Request-Id and puts it in errors', async () => {
    const res = await t.request.get('/api/nope').set('X-Request-Id', 'lb-12345678').expect(404);
    expect(res.headers['x-request-id']).toBe('lb-12345678');
    expect(res.body.error.requestId).toBe('lb-12345678');
  });
  it('replaces an unusable one with a fresh id', async () => {
    const res = await t.request.get('/healthz').set('X-Request-Id', '<script>').expect(200);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('operations', () => {
  it('/healthz answers while the process is up', async () => {
    expect((await t.request.get('/healthz').expect(200)).body).toEqual({ status: 'ok' });
  });
  it('/readyz checks the database and the migrations, and reports a holiday calendar not yet entered without failing', async () => {
    const res = await t.request.get('/readyz').expect(200);
    expect(res.body).toMatchObject({ status: 'ready', checks: { database: 'ok', migrations: 'ok' } });
    const year = new Date().getUTCFullYear();
    if (year >= 2026) expect(res.body.checks.calendar).toContain(`${year + 1} 年尚未录入`);
    const entered = [year, year + 1].map((y) => t.db.prisma.holidayYear.upsert({
      where: { year: y }, update: {},
      create: { year: y, holidays: [`${y}-01-01`], workdays: [], notice: '测试通知', updatedBy: 'test', updatedAt: new Date() },
    }));
    await Promise.all(entered);
    // Written straight to the database, as another instance would: this one reads it within FRESH_MS.
    await new Promise((r) => setTimeout(r, FRESH_MS + 50));
    expect((await t.request.get('/readyz').expect(200)).body.checks.calendar).toBe('ok');
  });
  it('/readyz says not ready, and why, when a migration is missing', async () => {
    await t.db.prisma.$executeRawUnsafe('UPDATE _prisma_migrations SET rolled_back_at = now()');
    try {
      const res = await t.request.get('/readyz').expect(503);
      expect(res.body.status).toBe('not_ready');
      expect(res.body.checks.migrations).toMatch(/未应用的数据库迁移/);
    } finally {
      await t.db.prisma.$executeRawUnsafe('UPDATE _prisma_migrations SET rolled_back_at = NULL');
    }
  });
});

describe('/api/openapi.json', () => {
  it('documents every registered route, generated from the zod schemas', async () => {
    const res = await t.request.get('/api/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.0.3');
    for (const route of appRoutes(t.services)) {
      const p = route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      expect(res.body.paths[p]?.[route.method]).toBeDefined();
    }
    const regions = res.body.paths['/api/regions'].get;
    expect(regions.parameters).toEqual([
      expect.objectContaining({ name: 'parent', in: 'query', required: false, schema: expect.objectContaining({ pattern: expect.any(String) }) }),
    ]);
    expect(res.body.paths['/api/regions/{code}'].get.parameters[0]).toMatchObject({ name: 'code', in: 'path', required: true });
  });

  it('describes every answer of every route: a schema for each body, only a 204 or a 304 without one', async () => {
    const res = await t.request.get('/api/openapi.json').expect(200);
    const undescribed: string[] = [];
    for (const [p, methods] of Object.entries(res.body.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>)) {
      for (const [method, op] of Object.entries(methods)) {
        for (const [status, answer] of Object.entries(op.responses)) {
          const schemas = Object.values(answer.content ?? {}).map((c) => c.schema);
          if (status === '204' || status === '304' ? schemas.length > 0 : schemas.length === 0 || schemas.some((s) => !s)) undescribed.push(`${method} ${p} ${status}`);
        }
      }
    }
    expect(undescribed).toEqual([]);
    expect(res.body.paths['/api/admin/matters'].get.responses['200'].content['application/json'].schema.properties.items).toBeDefined();
  });
});

describe('the H5 app', () => {
  it('is served at / and, for page paths, through index.html', async () => {
    const home = await t.request.get('/').expect(200);
    expect(home.text).toContain('掌上办');
    expect(home.headers['cache-control']).toBe('no-cache');
    const page = await t.request.get('/pages/region/index?code=410502').expect(200);
    expect(page.text).toContain('<div id="app">');
  });
  it('serves hashed assets with a long cache, and a missing asset is a 404', async () => {
    const asset = await t.request.get('/js/app.0123abcd.js').expect(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    await t.request.get('/js/missing.js').expect(404);
  });
  it('comes with security headers: a CSP without inline scripts, no framing, no sniffing; CORS closed', async () => {
    const res = await t.request.get('/').set('Origin', 'https://evil.example').expect(200);
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const api = await t.request.get('/api/regions').set('Origin', 'https://evil.example').expect(200);
    expect(api.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('never answers an API path with the app', async () => {
    const res = await t.request.get('/api/pages/index').expect(404);
    expect(res.type).toBe('application/json');
  });
});

describe('CORS', () => {
  it('answers only the origins an operator listed', async () => {
    const open = await startTestApp({ config: { corsOrigins: ['https://zwfw.anyang.gov.cn'] } });
    try {
      const allowed = await open.request.options('/api/regions').set('Origin', 'https://zwfw.anyang.gov.cn').set('Access-Control-Request-Method', 'GET');
      expect(allowed.headers['access-control-allow-origin']).toBe('https://zwfw.anyang.gov.cn');
      const other = await open.request.get('/api/regions').set('Origin', 'https://evil.example');
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await open.close();
    }
  });
});

// The search API on the seeded Anyang catalog: results with highlights and reasons, suggestions, bad input (400 in
// Chinese or an empty list, never a 500), the rate limit, the query log without the person and the click, the
// admin's list of searches that found nothing and an alias added from there, and a second instance following a
// publication within 5 seconds.
import { createApp } from '../../src-server/app';
import { createServices } from '../../src-server/services';
import { createLogger } from '../../src-server/platform/logger';
import supertest from 'supertest';
import { startTestApp, testConfig, type TestApp } from '../support/app';
import { bearer, staff, staffToken } from '../support/people';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, seedCatalog: true });
  admin = await staffToken(t, staff.cityAdmin);
});
afterAll(() => t.close());

const search = (q: string, extra = '') => t.request.get(`/api/search?q=${encodeURIComponent(q)}${extra}`);

describe('GET /api/search', () => {
  it('finds 残疾人证挂失补办 first for 残疾证丢了, with department, level, 掌上办, highlights and the reason', async () => {
    const res = await search('残疾证丢了').expect(200);
    expect(res.body.items[0]).toMatchObject({
      name: '残疾人证挂失补办',
      department: { code: 'cl', name: '残疾人联合会' },
      levelName: expect.stringMatching(/级$/),
      highlights: [{ start: 0, end: 8 }],
      reason: expect.stringMatching(/名称含「残疾人证/),
    });
    expect(typeof res.body.items[0].handheld).toBe('boolean');
    expect(res.body.understood).toEqual(expect.arrayContaining([{ from: '丢了', to: expect.arrayContaining(['挂失']) }]));
    expect(res.body).toMatchObject({ version: 1, queryId: expect.any(String), total: res.body.items.length });
    expect(res.body.tookMs).toBeLessThan(1000);
  });

  it('reads initials (cjrz) and honours limit', async () => {
    const res = await search('cjrz', '&limit=3').expect(200);
    expect(res.body.items).toHaveLength(3);
    for (const item of res.body.items) expect(item.name).toMatch(/^残疾人证/);
  });

  it.each([
    ['empty', '', /请输入/],
    ['spaces only', '   ', /请输入/],
    ['1,000 characters', '残'.repeat(1000), /不能超过 100 个字/],
  ])('answers 400 in Chinese for %s', async (_label, q, message) => {
    const res = await search(q).expect(400);
    expect(res.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String), requestId: expect.any(String) });
    expect(res.body.error.details[0].message).toMatch(message);
  });

  it('answers 400 for a missing q and for a bad limit or county', async () => {
    expect((await t.request.get('/api/search').expect(400)).body.error.details[0].field).toBe('query.q');
    await search('低保', '&limit=500').expect(400);
    await search('低保', '&county=abc').expect(400);
  });

  it('answers 400 in Chinese for an empty or blank q and for 1,000 characters, and logs nothing for them', async () => {
    for (const q of ['', '   ', '残'.repeat(1000)]) {
      const res = await search(q).expect(400);
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    // The log is written in batches, once a second: after one, none of these texts is in it (other tests' are).
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await t.db.prisma.searchQuery.count({ where: { OR: [{ text: '' }, { text: { startsWith: '残残残' } }] } })).toBe(0);
  });

  it.each([
    ['emoji only', '😀🎉👍'],
    ['SQL fragment', "'; DROP TABLE search_query; --"],
    ['script fragment', '<script>alert(1)</script>'],
    ['punctuation', '？？？！！'],
  ])('answers 200 with a list (maybe empty) for %s, and the tables stay', async (_label, q) => {
    const res = await search(q).expect(200);
    expect(Array.isArray(res.body.items)).toBe(true);
    // The table is still there (the fragment was text, not SQL): counting it does not throw.
    await expect(t.db.prisma.searchQuery.count()).resolves.toEqual(expect.any(Number));
  });

  it('answers a lone surrogate (raw in the URL, or escaped in the text) without a 500', async () => {
    for (const q of ['%ED%A0%80', '%E6%AE%8B%ED%A0%80%E7%96%BE', '%5Cud800']) {
      await t.request.get(`/api/search?q=${q}`).expect((r) => expect([200, 400]).toContain(r.status));
    }
  });
});

describe('suggestions', () => {
  it('completes names in Chinese and in pinyin', async () => {
    const zh = await t.request.get(`/api/search/suggest?q=${encodeURIComponent('残疾人证')}`).expect(200);
    expect(zh.body.items.map((i: { text: string }) => i.text)).toContain('残疾人证挂失补办');
    const py = await t.request.get('/api/search/suggest?q=cjrz').expect(200);
    expect(py.body.items[0].text).toMatch(/^残疾人证/);
    await t.request.get('/api/search/suggest?q=').expect(400);
  });
});

describe('query log and clicks', () => {
  it('logs the text, the count and the first result without the person, and the click', async () => {
    const res = await search('低保').set(bearer(admin)).expect(200);
    const { queryId, items } = res.body;
    await t.request.post('/api/search/clicks').send({ queryId, matterId: items[0].id }).expect(204);
    const row = await t.db.prisma.searchQuery.findUniqueOrThrow({ where: { id: queryId } });
    expect(row).toMatchObject({ text: '低保', resultCount: items.length, topMatterId: items[0].id, clickedMatterId: items[0].id });
    expect(row).toMatchObject({ source: 'search', lowConfidence: false });
    expect(Object.keys(row).sort()).toEqual(['catalogVersion', 'clickedAt', 'clickedMatterId', 'createdAt', 'id', 'lowConfidence', 'resultCount', 'source', 'text', 'topMatterId']);
    await t.request.post('/api/search/clicks').send({ queryId: '00000000-0000-4000-8000-000000000000', matterId: items[0].id }).expect(404);
    await t.request.post('/api/search/clicks').send({ queryId: 'x', matterId: items[0].id }).expect(400);
  });
});

describe('searches that found nothing, and an alias added from there', () => {
  it('groups them by text; an alias added by the city admin is found by the next search', async () => {
    await search('小蓝本').expect(200);
    await search('小蓝本').expect(200);
    await search('量子纠缠').expect(200);
    const list = await t.request.get('/api/admin/search/unfound').set(bearer(admin)).expect(200);
    expect(list.body.items[0]).toMatchObject({ text: '小蓝本', count: 2, aliasOf: null });
    expect(list.body.items.map((i: { text: string }) => i.text)).toContain('量子纠缠');

    const matter = (await search('残疾人证新办').expect(200)).body.items[0];
    const added = await t.request.post('/api/admin/search/aliases').set(bearer(admin)).send({ matterId: matter.id, alias: '小蓝本' }).expect(201);
    expect(added.body).toMatchObject({ matterId: matter.id, matterName: '残疾人证新办', alias: '小蓝本' });
    expect((await search('小蓝本').expect(200)).body.items[0].id).toBe(matter.id);
    const after = await t.request.get('/api/admin/search/unfound').set(bearer(admin)).expect(200);
    expect(after.body.items.find((i: { text: string }) => i.text === '小蓝本').aliasOf).toEqual({ matterId: matter.id, name: '残疾人证新办' });
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'search.alias_add', subjectId: matter.id } })).toBe(1);

    await t.request.post('/api/admin/search/aliases').set(bearer(admin)).send({ matterId: matter.id, alias: '小蓝本' }).expect(409);
    await t.request.post('/api/admin/search/aliases').set(bearer(admin)).send({ matterId: '00000000-0000-4000-8000-000000000000', alias: '随便' }).expect(404);
    const bad = await t.request.post('/api/admin/search/aliases').set(bearer(admin)).send({ matterId: matter.id, alias: '😀😀' }).expect(400);
    expect(bad.body.error.details[0].message).toMatch(/别名/);
  });

  it('lets a second instance find the alias within seconds, from the database alone', async () => {
    const services = createServices({ config: testConfig(), db: t.db, logger: createLogger('silent') });
    const other = supertest(createApp(services).callback());
    const matter = (await search('残疾人证换领').expect(200)).body.items[0];
    expect((await other.get(`/api/search?q=${encodeURIComponent('绿本本')}`).expect(200)).body.items).toEqual([]);
    await t.request.post('/api/admin/search/aliases').set(bearer(admin)).send({ matterId: matter.id, alias: '绿本本' }).expect(201);
    const started = performance.now();
    for (;;) {
      const found = (await other.get(`/api/search?q=${encodeURIComponent('绿本本')}`).expect(200)).body.items[0]?.id;
      if (found === matter.id) break;
      expect(performance.now() - started).toBeLessThan(5000);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
});

describe('following publications', () => {
  it('a second instance serves a newly published version within 5 seconds, without a restart', async () => {
    const services = createServices({ config: testConfig(), db: t.db, logger: createLogger('silent') });
    const other = supertest(createApp(services).callback());
    const before = (await other.get(`/api/search?q=${encodeURIComponent('残疾人证新办')}`).expect(200)).body;
    const id = before.items[0].id;
    const draft = (await t.request.get(`/api/admin/matters/${id}`).set(bearer(admin)).expect(200)).body;
    const content = { ...draft.content, aliases: [...draft.content.aliases, '残疾人证第一次办理'] };
    await t.request.put(`/api/admin/matters/${id}`).set(bearer(admin)).send({ content }).expect(200);
    const published = await t.request.post('/api/admin/catalog/publish').set(bearer(admin)).send({ note: '搜索测试' }).expect(200);
    const started = performance.now();
    for (;;) {
      const res = (await other.get(`/api/search?q=${encodeURIComponent('残疾人证第一次办理')}`).expect(200)).body;
      if (res.version === published.body.version && res.items[0]?.id === id) break;
      expect(performance.now() - started).toBeLessThan(5000);
      await new Promise((r) => setTimeout(r, 100));
    }
    const guide = await other.get(`/api/matters/${id}`).expect(200);
    expect(guide.body.version).toBe(published.body.version);
  });
});

describe('the rate limit', () => {
  it('answers 429 with Retry-After and a Chinese message past the search limit', async () => {
    const limited = await startTestApp({ seedCatalog: true, config: { rateLimits: true } });
    try {
      let last = 200;
      for (let i = 0; i < 125 && last !== 429; i++) last = (await limited.request.get('/api/search?q=dibao')).status;
      expect(last).toBe(429);
      const res = await limited.request.get('/api/search?q=dibao').expect(429);
      expect(res.headers['retry-after']).toBeDefined();
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    } finally {
      await limited.close();
    }
  });
});

describe('public reads from memory', () => {
  it('answers a guide with an ETag and 304 when the client has it', async () => {
    const id = (await search('低保').expect(200)).body.items[0].id;
    const first = await t.request.get(`/api/matters/${id}`).expect(200);
    expect(first.headers.etag).toBeDefined();
    expect(first.headers['cache-control']).toMatch(/max-age/);
    await t.request.get(`/api/matters/${id}`).set('If-None-Match', first.headers.etag).expect(304);
    const list = await t.request.get('/api/matters?pageSize=5').expect(200);
    await t.request.get('/api/matters?pageSize=5').set('If-None-Match', list.headers.etag).expect(304);
    const other = await t.request.get('/api/matters?pageSize=6').set('If-None-Match', list.headers.etag).expect(200);
    expect(other.body.items).toHaveLength(6);
    // An explicit version is not immutable: its place and phones follow the admins' records.
    const v1 = await t.request.get(`/api/matters/${id}?version=1`).expect(200);
    expect(v1.headers['cache-control']).toMatch(/must-revalidate/);
  });
});

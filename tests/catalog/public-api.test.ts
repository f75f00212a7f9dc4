// The public catalog API on the seeded and published Anyang catalog.
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seedCatalog: true });
});
afterAll(() => t.close());

const findMatter = async (pattern: RegExp, department: string) => {
  const res = await t.request.get(`/api/matters?department=${department}&pageSize=100`).expect(200);
  const matter = res.body.items.find((m: { name: string }) => pattern.test(m.name));
  if (!matter) throw new Error(`no matter matching ${pattern} in ${department}`);
  return matter as { id: string; name: string };
};

describe('GET /api/stats/catalog', () => {
  it('counts the published data against the reform targets', async () => {
    const res = await t.request.get('/api/stats/catalog').expect(200);
    expect(res.body).toMatchObject({
      version: 1,
      handheld: { matters: 216, departments: 27, target: 300 },
      township: { matters: 237, departments: 13, target: 200 },
      village: { matters: 44, departments: 15, target: 40 },
    });
    // Straight from the published rows: unpublishing one handheld matter changes the figure.
    await t.db.prisma.publishedMatter.updateMany({ where: { version: 1, handheld: true, departmentCode: 'cl' }, data: { status: 'cancelled' } });
    const after = await t.request.get('/api/stats/catalog').expect(200);
    expect(after.body.handheld.matters).toBeLessThan(216);
    await t.db.prisma.publishedMatter.updateMany({ where: { version: 1, departmentCode: 'cl' }, data: { status: 'in_use' } });
  });
});

describe('GET /api/departments and /api/matters', () => {
  it('lists departments with their matter counts', async () => {
    const res = await t.request.get('/api/departments').expect(200);
    expect(res.body.length).toBeGreaterThanOrEqual(27);
    expect(res.body).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'cl', shortName: '残联', matterCount: expect.any(Number) })]));
  });

  it('filters by department, level, topic and handheld, a page at a time', async () => {
    const all = await t.request.get('/api/matters?pageSize=100').expect(200);
    expect(all.body).toMatchObject({ page: 1, pageSize: 100 });
    expect(all.body.items[0]).toEqual(expect.objectContaining({ promiseDays: expect.any(Number), promiseUnit: expect.stringMatching(/^(工作日|自然日)$/) }));
    expect(all.body.total).toBeGreaterThanOrEqual(249);
    const second = await t.request.get('/api/matters?pageSize=100&page=2').expect(200);
    expect(second.body.items[0].id).not.toBe(all.body.items[0].id);
    const online = await t.request.get('/api/matters?online=true&pageSize=1').expect(200);
    expect(online.body.total).toBe(216);
    const disabled = await t.request.get('/api/matters?topic=残疾人&pageSize=100').expect(200);
    expect(disabled.body.items.every((m: { topics: string[] }) => m.topics.includes('残疾人'))).toBe(true);
    const village = await t.request.get('/api/matters?level=6&pageSize=100').expect(200);
    expect(village.body.items.every((m: { level: number }) => m.level === 6)).toBe(true);
    const cl = await t.request.get('/api/matters?department=cl&pageSize=100').expect(200);
    expect(cl.body.items.every((m: { department: { code: string } }) => m.department.code === 'cl')).toBe(true);
  });

  it('refuses bad filters in Chinese', async () => {
    const res = await t.request.get('/api/matters?level=9&online=maybe&pageSize=1000').expect(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['query.level', 'query.online', 'query.pageSize']);
  });
});

describe('GET /api/matters/:id', () => {
  it('gives the whole guide of 残疾人证新办 with materials, limits, place and phone for the county asked for', async () => {
    const { id } = await findMatter(/残疾人证.*新办|新办.*残疾人证/, 'cl');
    const res = await t.request.get(`/api/matters/${id}?county=410526`).expect(200);
    const guide = res.body;
    expect(guide).toMatchObject({ id, version: 1, department: { code: 'cl' }, place: expect.stringContaining('滑县') });
    expect(guide.materials.length).toBeGreaterThan(0);
    for (const m of [...guide.materials, ...guide.situations.flatMap((s: { materials: unknown[] }) => s.materials)]) {
      expect(m).toEqual(expect.objectContaining({ id: expect.any(String), necessity: expect.stringMatching(/^(required|optional|deferrable)$/) }));
    }
    // Its 法定时限 is 无 (no law or document sets one), so the promise has no legal limit to stay within.
    expect(guide.legalLimit).toMatchObject({ none: true, value: 0 });
    expect(guide.promiseDays).toBeGreaterThan(0);
    // No county number was entered: the 12345 hotline, never an invented local number.
    expect(guide.phone).toMatch(/^12345/);
    expect(guide.phoneEntered).toBe(false);
    expect(guide.supervisePhone).toBe('12345');
    expect(guide.places).toHaveLength(10);
    expect(guide.formSchema.fields.length).toBeGreaterThan(0);
    expect(guide.basis[0].article).toMatch(/^第.+条/);
  });

  it('answers an unknown matter or version with 404 and a malformed id with 400', async () => {
    await t.request.get('/api/matters/00000000-0000-4000-8000-000000000000').expect(404);
    const { id } = await findMatter(/./, 'mz');
    await t.request.get(`/api/matters/${id}?version=7`).expect(404);
    await t.request.get('/api/matters/abc').expect(400);
  });
});

// Where a guide sends the resident, over the whole seeded catalog: the matter's level, the county's delegation
// list and the station list decide between the county window, the township centre and the village station; and
// no phone is printed that nobody entered (12345 until a county admin enters the department's or place's number).
import { startTestApp, type TestApp } from '../support/app';
import { bearer, staffToken } from '../support/people';
import type { MatterSource } from '../../src-shared/contracts/catalog-source';
import type { Guide } from '../../src-shared/contracts/catalog';
import { delegationInForce } from '../../src-server/routing/decide-queue';
import { shortVillageName } from '../../src-server/queues/queue-names';

let t: TestApp;
let admin: string; // 滑县
const county = '410526';
let township: { code: string; name: string };
let shared: { village: string; station: string; stationName: string };
let matters: { matterId: string; content: MatterSource }[];

/** The national service lines a matter may name (人社 12333, 医保 12393, 市场监管 12315 …): real, not local numbers. */
const NATIONAL_LINES = new Set(['12313', '12314', '12315', '12319', '12320', '12328', '12329', '12333', '12338', '12345', '12348', '12350', '12351', '12366', '12369', '12393', '95598']);

beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, seedCatalog: true });
  admin = await staffToken(t, {
    username: 'county-huaxian', displayName: '滑县管理员', role: 'county_admin', scopes: [{ kind: 'county', regionCode: county, departmentCode: null }],
  });
  const row = await t.db.prisma.villageStation.findFirstOrThrow({ where: { countyCode: county, hasStation: false }, orderBy: { villageCode: 'asc' } });
  const name = async (code: string) => (await t.db.prisma.region.findUniqueOrThrow({ where: { code } })).name;
  township = { code: row.townshipCode, name: await name(row.townshipCode) };
  shared = { village: row.villageCode, station: row.servedBy, stationName: `${shortVillageName(await name(row.servedBy))}便民服务站` };
  matters = (await t.db.prisma.publishedMatter.findMany({ where: { version: 1, status: { not: 'cancelled' } }, select: { matterId: true, content: true } }))
    .map((m) => ({ matterId: m.matterId, content: m.content as unknown as MatterSource }));
}, 120_000);
afterAll(() => t.close());

const guide = async (matterId: string, regionCode: string): Promise<Guide> =>
  (await t.request.get(`/api/matters/${matterId}?regionCode=${regionCode}`).expect(200)).body;
const clinicOnly = (m: MatterSource) => m.acceptedAt.includes('clinic') && !m.acceptedAt.includes('township') && !m.acceptedAt.includes('village');

describe('level vs place, every matter, for a 滑县 resident', () => {
  it('shows the township centre for township-level and delegated matters, the county window for the others', async () => {
    const centre = `${township.name}党政综合便民服务中心`;
    let townships = 0;
    for (const { matterId, content: m } of matters) {
      const g = await guide(matterId, township.code);
      const delegations = await t.db.prisma.delegation.findMany({ where: { countyCode: county, matterId } });
      const delegated = delegationInForce(delegations, township.code, t.services.clock.today());
      if (m.level === 3) expect(g.placeLevel).toBe('county');
      else if (clinicOnly(m)) expect(g.placeLevel).toBe('clinic');
      else if (m.level === 5 || m.level === 6 || delegated) {
        expect([m.name, g.placeLevel, g.place]).toEqual([m.name, 'township', centre]);
        townships += 1;
      } else {
        expect([m.name, g.placeLevel]).toEqual([m.name, 'county']);
        expect(g.place).toContain('滑县政务服务中心');
      }
      if (g.placeLevel !== 'county') expect(g.place).not.toContain('政务服务中心 ');
    }
    expect(townships).toBeGreaterThan(100);
  }, 300_000);

  it('shows the station serving the village for village-level and village-received county matters', async () => {
    let stations = 0;
    for (const { matterId, content: m } of matters) {
      const g = await guide(matterId, shared.village);
      const delegated = delegationInForce(await t.db.prisma.delegation.findMany({ where: { countyCode: county, matterId } }), township.code, t.services.clock.today());
      const expected = m.level === 3 ? 'county' : clinicOnly(m) ? 'clinic'
        : m.level === 6 || delegated?.target === 'villages' ? 'village'
        : m.level === 5 || delegated ? 'township'
        : m.acceptedAt.includes('village') ? 'village' : 'county';
      expect([m.name, g.placeLevel]).toEqual([m.name, expected]);
      if (expected === 'village') {
        stations += 1;
        expect(g.place).toBe(shared.stationName);
        expect(g.placeNote).toContain('未单设服务站');
      }
    }
    expect(stations).toBeGreaterThan(0);
  }, 300_000);

  it('sends 农村宅基地和村民建房审批 to the township centre, not the county window', async () => {
    const homestead = matters.filter((m) => m.content.name.startsWith('农村宅基地和村民建房审批'));
    expect(homestead.length).toBeGreaterThan(0);
    for (const { matterId } of homestead) {
      for (const place of [township.code, shared.village]) {
        const g = await guide(matterId, place);
        expect(g).toMatchObject({ placeLevel: 'township', place: `${township.name}党政综合便民服务中心` });
        expect(g.address).toContain('暂未登记');
        expect(g.phone.split('，')[0]).toBe('12345');
      }
    }
    // Without a township the county's page is shown, with the advice to choose one.
    const county = await guide(homestead[0].matterId, '410526');
    expect(county.placeLevel).toBe('county');
    expect(county.placeNote).toContain('请选择所在乡镇');
  });
});

describe('contacts', () => {
  it('prints no phone that was not entered: 12345 (and the matter\'s national service line) only', async () => {
    for (const { matterId, content: m } of matters) {
      const g = await guide(matterId, township.code);
      const numbers = [g.phone, ...g.places.map((p) => p.phone)].flatMap((p) => p.split('，'));
      for (const n of numbers) expect([m.name, NATIONAL_LINES.has(n)]).toEqual([m.name, true]);
      expect(g.phone.split('，')[0]).toBe('12345');
      expect(g.phoneEntered).toBe(false);
      expect(g.supervisePhone).toBe('12345');
      if (m.hotline) expect(NATIONAL_LINES.has(m.hotline)).toBe(true);
    }
  }, 300_000);

  it('prints a number once the county admin entered it, for that county only, and 12345 again when removed', async () => {
    const countyMatter = matters.find((m) => m.content.level === 4 && m.content.acceptedAt.includes('county') && m.content.acceptedAt.length === 1)!;
    const dept = (await t.db.prisma.publishedMatter.findFirstOrThrow({ where: { version: 1, matterId: countyMatter.matterId } })).departmentCode;
    await t.request.put(`/api/admin/department-contacts/${county}/${dept}`).set(bearer(admin)).send({ phone: '0372-8123456' }).expect(200);
    const g = await guide(countyMatter.matterId, township.code);
    expect(g).toMatchObject({ placeLevel: 'county', phoneEntered: true });
    expect(g.phone.startsWith('0372-8123456')).toBe(true);
    expect(g.places.find((p) => p.countyCode === '410502')).toMatchObject({ phoneEntered: false, phone: expect.stringMatching(/^12345/) });
    const audit = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { action: 'service_places.department_phone', subjectId: `${county}:${dept}` } });
    expect(audit.details).toMatchObject({ before: null, after: '0372-8123456' });
    await t.request.put(`/api/admin/department-contacts/${county}/${dept}`).set(bearer(admin)).send({ phone: null }).expect(200);
    expect((await guide(countyMatter.matterId, township.code)).phone.split('，')[0]).toBe('12345');
  });

  it('shows the township centre\'s contacts once entered, with an audit record', async () => {
    const homestead = matters.find((m) => m.content.name.startsWith('农村宅基地和村民建房审批'))!;
    const body = { address: '滑县某镇某路 1 号', hours: '工作日 8:30—12:00，14:30—17:30', phone: '0372-8100000' };
    const res = await t.request.put(`/api/admin/service-places/townships/${township.code}`).set(bearer(admin)).send(body).expect(200);
    expect(res.body).toMatchObject({ ...body, entered: true, updatedBy: 'county-huaxian' });
    const g = await guide(homestead.matterId, township.code);
    expect(g).toMatchObject({ address: body.address, hours: body.hours, phoneEntered: true });
    expect(g.phone.startsWith('0372-8100000')).toBe(true);
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'service_places.centre_update', subjectId: township.code } })).toBe(1);
  });

  it('answers an unknown place with 404', async () => {
    await t.request.get(`/api/matters/${matters[0].matterId}?regionCode=410526999`).expect(404);
    await t.request.get(`/api/matters/${matters[0].matterId}?regionCode=41052`).expect(400);
  });
});

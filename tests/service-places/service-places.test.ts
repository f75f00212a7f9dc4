// Township centres, the village station list and department phones: seeded from what is known (and by the
// documented station rule, flagged), edited by the county admin with an audit record, used by routing and guides.
import { startTestApp, type TestApp } from '../support/app';
import { bearer, staff, staffToken } from '../support/people';
import { REPORTED_STATIONS, seededStations } from '../../src-server/service-places/station-rule';
import { readRegionsFile } from '../../src-server/places/regions-file';

let t: TestApp;
let yindu: string; // 殷都区 county admin
let huaxianAdmin: string;
let city: string;
beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, seedCatalog: true });
  yindu = await staffToken(t, staff.countyAdmin);
  huaxianAdmin = await staffToken(t, {
    username: 'county-huaxian', displayName: '滑县管理员', role: 'county_admin', scopes: [{ kind: 'county', regionCode: '410526', departmentCode: null }],
  });
  city = await staffToken(t, staff.cityAdmin);
});
afterAll(() => t.close());

const db = () => t.db.prisma;
/** A 殷都区 village without its own station (seeded by rule), and the station that serves it. */
async function sharedVillage(county = '410505') {
  return db().villageStation.findFirstOrThrow({ where: { countyCode: county, hasStation: false }, orderBy: { villageCode: 'asc' } });
}

describe('the seeded station list', () => {
  it('has one row per village, 2,744 stations in the city, every row flagged as seeded by rule', async () => {
    const file = readRegionsFile();
    const villages = file.counties.flatMap(([, , towns]) => towns.flatMap(([, , vs]) => vs));
    expect(await db().villageStation.count()).toBe(villages.length);
    expect(villages.length).toBe(3287);
    expect(await db().villageStation.count({ where: { hasStation: true } })).toBe(REPORTED_STATIONS);
    expect(await db().villageStation.count({ where: { seededByRule: false } })).toBe(0);
    // The rule is deterministic: the same file gives the same list.
    expect(seededStations(file)).toEqual(seededStations(file));
  });

  it('serves every village by exactly one station of its own township, and keeps a station in every township', async () => {
    const rows = await db().villageStation.findMany();
    const byCode = new Map(rows.map((r) => [r.villageCode, r]));
    for (const r of rows) {
      const station = byCode.get(r.servedBy);
      expect(station).toBeDefined();
      expect(station!.hasStation).toBe(true);
      expect(station!.townshipCode).toBe(r.townshipCode);
      expect(r.villageCode.startsWith(r.townshipCode)).toBe(true);
      if (r.hasStation) expect(r.servedBy).toBe(r.villageCode);
    }
    const townships = new Set(rows.map((r) => r.townshipCode));
    for (const township of townships) expect(rows.some((r) => r.townshipCode === township && r.hasStation)).toBe(true);
  });

  it('gives every township a centre record with no invented contacts', async () => {
    expect(await db().townshipCentre.count()).toBe(137);
    expect(await db().townshipCentre.count({ where: { OR: [{ address: { not: null } }, { hours: { not: null } }, { phone: { not: null } }] } })).toBe(0);
    expect(await db().departmentContact.count()).toBe(0);
  });
});

describe('routing uses the station list', () => {
  it('sends a village-level case of a village without a station to the station that serves it', async () => {
    const shared = await sharedVillage();
    const matter = await db().publishedMatter.findFirstOrThrow({ where: { version: 1, level: 6, status: 'in_use' } });
    const preview = await t.request.get(`/api/routing/preview?matterId=${matter.matterId}&regionCode=${shared.villageCode}`).expect(200);
    expect(preview.body.queue.id).toBe(`village:${shared.servedBy}`);
    const own = await t.request.get(`/api/routing/preview?matterId=${matter.matterId}&regionCode=${shared.servedBy}`).expect(200);
    expect(own.body.queue.id).toBe(`village:${shared.servedBy}`);
  });

  it('follows the county admin: a village given its own station gets its own queue, and back', async () => {
    const shared = await sharedVillage();
    const matter = await db().publishedMatter.findFirstOrThrow({ where: { version: 1, level: 6, status: 'in_use' } });
    await t.request.put(`/api/admin/service-places/stations/${shared.villageCode}`).set(bearer(yindu))
      .send({ hasStation: true, address: '村委会一楼', phone: '0372-1234567' }).expect(200);
    const preview = await t.request.get(`/api/routing/preview?matterId=${matter.matterId}&regionCode=${shared.villageCode}`).expect(200);
    expect(preview.body.queue.id).toBe(`village:${shared.villageCode}`);
    const back = await t.request.put(`/api/admin/service-places/stations/${shared.villageCode}`).set(bearer(yindu))
      .send({ hasStation: false, servedBy: shared.servedBy }).expect(200);
    expect(back.body).toMatchObject({ hasStation: false, servedBy: shared.servedBy, seededByRule: false, phone: null, address: null });
    const again = await t.request.get(`/api/routing/preview?matterId=${matter.matterId}&regionCode=${shared.villageCode}`).expect(200);
    expect(again.body.queue.id).toBe(`village:${shared.servedBy}`);
  });
});

describe('the county admin keeps the list', () => {
  it('lists a township\'s villages with the station serving each, marked as seeded', async () => {
    const shared = await sharedVillage();
    const res = await t.request.get(`/api/admin/service-places/townships/${shared.townshipCode}/stations`).set(bearer(yindu)).expect(200);
    const row = res.body.find((r: { villageCode: string }) => r.villageCode === shared.villageCode);
    expect(row).toMatchObject({ hasStation: false, servedBy: shared.servedBy, stationName: expect.stringMatching(/便民服务站$/) });
    const centres = await t.request.get('/api/admin/service-places/townships').set(bearer(yindu)).expect(200);
    expect(centres.body.every((c: { countyCode: string; entered: boolean }) => c.countyCode === '410505')).toBe(true);
    expect(centres.body[0]).toMatchObject({ name: expect.stringMatching(/党政综合便民服务中心$/), entered: false, phone: null });
  });

  it('closes a station for a neighbour\'s, with an audit record, and refuses what would leave a village unserved', async () => {
    const shared = await sharedVillage('410526');
    const stations = await db().villageStation.findMany({ where: { townshipCode: shared.townshipCode, hasStation: true }, orderBy: { villageCode: 'asc' } });
    const free = stations.find((s) => s.villageCode !== shared.servedBy)!;
    // The station serving `shared` cannot close while it serves it.
    const refused = await t.request.put(`/api/admin/service-places/stations/${shared.servedBy}`).set(bearer(huaxianAdmin))
      .send({ hasStation: false, servedBy: free.villageCode }).expect(422);
    expect(refused.body.error.message).toContain('个村（社区）服务');
    // A station of another township, or none, is not a valid choice; nothing changes.
    const other = await db().villageStation.findFirstOrThrow({ where: { countyCode: '410526', hasStation: true, townshipCode: { not: shared.townshipCode } } });
    await t.request.put(`/api/admin/service-places/stations/${shared.villageCode}`).set(bearer(huaxianAdmin))
      .send({ hasStation: false, servedBy: other.villageCode }).expect(400);
    await t.request.put(`/api/admin/service-places/stations/${shared.villageCode}`).set(bearer(huaxianAdmin)).send({ hasStation: false }).expect(400);
    expect(await db().villageStation.findUnique({ where: { villageCode: shared.villageCode } })).toMatchObject({ servedBy: shared.servedBy, seededByRule: true });
    // Moving it to another station of the township is recorded.
    const ok = await t.request.put(`/api/admin/service-places/stations/${shared.villageCode}`).set(bearer(huaxianAdmin))
      .send({ hasStation: false, servedBy: free.villageCode }).expect(200);
    expect(ok.body).toMatchObject({ servedBy: free.villageCode, seededByRule: false });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'service_places.station_update', subjectId: shared.villageCode } });
    expect(audit.details).toMatchObject({ before: { servedBy: shared.servedBy }, after: { servedBy: free.villageCode } });
  });

  it('lets only the county\'s own admin change its records; the city admin reads them', async () => {
    const shared = await sharedVillage('410526');
    await t.request.put(`/api/admin/service-places/stations/${shared.villageCode}`).set(bearer(yindu)).send({ hasStation: true }).expect(403);
    await t.request.put(`/api/admin/service-places/townships/${shared.townshipCode}`).set(bearer(yindu)).send({ address: null, hours: null, phone: null }).expect(403);
    await t.request.put('/api/admin/department-contacts/410526/mz').set(bearer(yindu)).send({ phone: '0372-1234567' }).expect(403);
    await t.request.get('/api/admin/service-places/townships?county=410526').set(bearer(yindu)).expect(404);
    await t.request.get(`/api/admin/service-places/townships/${shared.townshipCode}/stations`).set(bearer(yindu)).expect(404);
    await t.request.get('/api/admin/service-places/townships?county=410526').set(bearer(city)).expect(200);
    await t.request.put(`/api/admin/service-places/townships/${shared.townshipCode}`).set(bearer(city)).send({ address: null, hours: null, phone: null }).expect(403);
  });

  it('refuses a malformed phone and changes nothing', async () => {
    const res = await t.request.put('/api/admin/service-places/townships/410505001').set(bearer(yindu))
      .send({ address: '安阳市殷都区某路 1 号', hours: null, phone: '12345678901234' }).expect(400);
    expect(res.body.error.details[0].field).toContain('phone');
    expect(await db().townshipCentre.findUnique({ where: { townshipCode: '410505001' } })).toMatchObject({ address: null, phone: null });
  });
});

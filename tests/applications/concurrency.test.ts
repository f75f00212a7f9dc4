// Concurrency on one database, whichever it is (the suite runs on PGlite and on PostgreSQL): duplicates of a
// submission collapse on the unique key, and a crowd of clerks claiming at once never takes a case twice.
import { startTestApp, type TestApp } from '../support/app';
import { applicationBody, delegatedMatter, firstTownship, HUAXIAN, insertCases, residentWithProfile } from '../support/cases';
import { bearer, staffToken } from '../support/people';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, seedCatalog: true });
});
afterAll(() => t.close());

it('50 concurrent submissions with 10 distinct keys make exactly 10 cases, each key answered with its one case', async () => {
  const matter = await delegatedMatter(t);
  const township = await firstTownship(t, HUAXIAN);
  const resident = await residentWithProfile(t, 'crowd-resident', township);
  const body = await applicationBody(t, matter, resident);
  const keys = Array.from({ length: 10 }, (_, i) => `crowd-key-${String(i).padStart(4, '0')}`);
  const answers = await Promise.all(
    Array.from({ length: 50 }, (_, i) => t.request.post('/api/applications').set(bearer(resident.token)).set('Idempotency-Key', keys[i % 10]).send(body)),
  );
  expect(answers.map((r) => r.status)).toEqual(Array(50).fill(201));
  const idsByKey = new Map<string, Set<string>>();
  answers.forEach((r, i) => idsByKey.set(keys[i % 10], (idsByKey.get(keys[i % 10]) ?? new Set()).add(r.body.id)));
  expect([...idsByKey.values()].map((ids) => ids.size)).toEqual(Array(10).fill(1));
  expect(await t.db.prisma.application.count({ where: { ownerResidentId: resident.id } })).toBe(10);
  expect(await t.db.prisma.applicationEvent.count({ where: { application: { ownerResidentId: resident.id } } })).toBe(10);
  const receipts = await t.db.prisma.application.findMany({ where: { ownerResidentId: resident.id }, select: { receiptNo: true } });
  expect(new Set(receipts.map((r) => r.receiptNo)).size).toBe(10);
});

it('20 clerks claiming 500 cases at once claim every case exactly once', async () => {
  const matter = await delegatedMatter(t);
  const township = (await t.db.prisma.region.findMany({ where: { parentCode: HUAXIAN, level: 'township' }, orderBy: { code: 'asc' }, take: 2 }))[1].code;
  const queue = { id: `township:${township}`, countyCode: HUAXIAN, regionCode: township };
  await insertCases(t, 500, queue, matter);
  const clerks = await Promise.all(
    Array.from({ length: 20 }, (_, i) => staffToken(t, { username: `race-clerk-${i}`, displayName: `窗口 ${i}`, role: 'clerk', scopes: [{ kind: 'township', regionCode: township, departmentCode: null }] })),
  );
  const claimedBy = new Map<string, number[]>();
  await Promise.all(
    clerks.map(async (token, clerk) => {
      for (;;) {
        const res = await t.request.post(`/api/queues/${queue.id}/claim`).set(bearer(token));
        if (res.status === 204) return;
        if (res.status !== 200) throw new Error(`claim answered ${res.status} ${JSON.stringify(res.body)}`);
        claimedBy.set(res.body.id, [...(claimedBy.get(res.body.id) ?? []), clerk]);
      }
    }),
  );
  expect(claimedBy.size).toBe(500);
  expect([...claimedBy.values()].every((who) => who.length === 1)).toBe(true);
  expect(await t.db.prisma.application.count({ where: { queueId: queue.id, claimedBy: null } })).toBe(0);
  expect(await t.db.prisma.applicationEvent.count({ where: { action: 'claim', application: { queueId: queue.id } } })).toBe(500);
}, 240_000);

it('two concurrent actions on one case never both apply: the second is 409 and changes nothing', async () => {
  const matter = await delegatedMatter(t);
  const township = (await t.db.prisma.region.findMany({ where: { parentCode: HUAXIAN, level: 'township' }, orderBy: { code: 'asc' }, take: 3 }))[2].code;
  const queue = { id: `township:${township}`, countyCode: HUAXIAN, regionCode: township };
  await insertCases(t, 1, queue, matter);
  const clerk = await staffToken(t, { username: 'double-tap', displayName: '窗口', role: 'clerk', scopes: [{ kind: 'township', regionCode: township, departmentCode: null }] });
  const claimed = await t.request.post(`/api/queues/${queue.id}/claim`).set(bearer(clerk)).expect(200);
  const id = claimed.body.id;
  const [a, b] = await Promise.all([
    t.request.post(`/api/applications/${id}/actions`).set(bearer(clerk)).send({ action: 'accept' }),
    t.request.post(`/api/applications/${id}/actions`).set(bearer(clerk)).send({ action: 'reject', reason: '材料不属于本事项', legalBasis: '《中华人民共和国行政许可法》第三十二条' }),
  ]);
  expect([a.status, b.status].sort()).toEqual([200, 409]);
  const events = await t.db.prisma.applicationEvent.findMany({ where: { applicationId: id }, select: { action: true } });
  expect(events.map((e) => e.action).filter((x) => x === 'accept' || x === 'reject')).toHaveLength(1);
});

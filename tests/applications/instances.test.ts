// Two server instances on one PostgreSQL behave as one: submissions through one, claims and actions through
// the other, duplicates across both collapse, and no case is claimed twice. (Runs where DATABASE_URL names a
// server; the embedded database is single-process by design.)
import supertest from 'supertest';
import { createApp } from '../../src-server/app';
import { openDatabase, type Database } from '../../src-server/platform/db/database';
import { createLogger } from '../../src-server/platform/logger';
import { createServices } from '../../src-server/services';
import { startTestApp, testConfig, type TestApp } from '../support/app';
import { applicationBody, delegatedMatter, firstTownship, HUAXIAN, residentWithProfile } from '../support/cases';
import { bearer, staffToken } from '../support/people';

const onServer = process.env.DATABASE_URL ? describe : describe.skip;

onServer('two instances on one PostgreSQL', () => {
  let a: TestApp;
  let bDb: Database;
  let b: ReturnType<typeof supertest>;
  beforeAll(async () => {
    a = await startTestApp({ seedRegions: true, seedCatalog: true });
    bDb = await openDatabase({ kind: 'postgres', url: a.db.url!, poolSize: 5 });
    const config = testConfig();
    b = supertest(createApp(createServices({ config, db: bDb, logger: createLogger(config.logLevel) })).callback());
  });
  afterAll(async () => {
    await bDb?.close();
    await a?.close();
  });

  it('collapse duplicates sent to both, and let the other instance claim and act on every case exactly once', async () => {
    const matter = await delegatedMatter(a);
    const township = await firstTownship(a, HUAXIAN);
    const resident = await residentWithProfile(a, 'two-instances', township);
    const body = await applicationBody(a, matter, resident);
    // 20 requests, 10 keys, each key sent once to each instance at the same moment.
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? a.request : b).post('/api/applications').set(bearer(resident.token)).set('Idempotency-Key', `two-inst-${Math.floor(i / 2)}-key`).send(body),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(201));
    for (let k = 0; k < 10; k++) expect(answers[2 * k].body.id).toBe(answers[2 * k + 1].body.id);
    expect(await a.db.prisma.application.count({ where: { ownerResidentId: resident.id } })).toBe(10);

    // Clerks sign in on A and claim through both instances at once.
    const clerks = await Promise.all(
      Array.from({ length: 6 }, (_, i) => staffToken(a, { username: `two-inst-clerk-${i}`, displayName: `窗口 ${i}`, role: 'clerk', scopes: [{ kind: 'township', regionCode: township, departmentCode: null }] })),
    );
    const claimed: string[] = [];
    await Promise.all(
      clerks.map(async (token, i) => {
        const via = i % 2 ? a.request : b;
        for (;;) {
          const res = await via.post(`/api/queues/township:${township}/claim`).set(bearer(token));
          if (res.status === 204) return;
          expect(res.status).toBe(200);
          claimed.push(res.body.id);
          // The clerk accepts through the other instance.
          const other = i % 2 ? b : a.request;
          await other.post(`/api/applications/${res.body.id}/actions`).set(bearer(token)).send({ action: 'accept' }).expect(200);
        }
      }),
    );
    expect(claimed).toHaveLength(10);
    expect(new Set(claimed).size).toBe(10);
    expect(await a.db.prisma.application.count({ where: { ownerResidentId: resident.id, status: 'accepted' } })).toBe(10);
    expect(await a.db.prisma.applicationEvent.count({ where: { action: 'accept', application: { ownerResidentId: resident.id } } })).toBe(10);
  });
});

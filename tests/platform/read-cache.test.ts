// What an instance remembers between requests: rows that never change stay; rows an admin can change are read
// again after FRESH_MS, and at once after a change through the same instance; another instance (its own memory,
// the same database) sees an admin's change within FRESH_MS.
import { FRESH_MS, ReadCache } from '../../src-server/platform/read-cache';
import { createServices } from '../../src-server/services';
import { createLogger } from '../../src-server/platform/logger';
import { loadWorkCalendar } from '../../src-server/applications/work-calendar';
import { bearer, staffToken } from '../support/people';
import { startTestApp, testConfig, type TestApp } from '../support/app';

describe('ReadCache', () => {
  let now = 0;
  const cache = new ReadCache(() => now);
  let reads = 0;
  const load = async () => ++reads;

  beforeEach(() => {
    now = 0;
    reads = 0;
    cache.forget('');
  });

  it('reads a brief value once within FRESH_MS, again after it, and at once after forget', async () => {
    expect(await cache.brief('v', load)).toBe(1);
    now = FRESH_MS - 1;
    expect(await cache.brief('v', load)).toBe(1);
    now = FRESH_MS + 1;
    expect(await cache.brief('v', load)).toBe(2);
    cache.forget('v');
    expect(await cache.brief('v', load)).toBe(3);
  });

  it('keeps a row that never changes, but not its absence, and shares one read among concurrent callers', async () => {
    let row: string | null = null;
    const rowLoad = async () => (reads++, row);
    expect(await cache.forever('r', rowLoad)).toBeNull();
    row = 'written';
    const [a, b] = await Promise.all([cache.forever('r', rowLoad), cache.forever('r', rowLoad)]);
    expect([a, b, reads]).toEqual(['written', 'written', 2]);
    now = 10 * FRESH_MS;
    row = 'other';
    expect(await cache.forever('r', rowLoad)).toBe('written');
  });

  it('does not keep a failed read', async () => {
    let fail = true;
    const flaky = async () => {
      if (fail) throw new Error('down');
      return 'up';
    };
    await expect(cache.brief('f', flaky)).rejects.toThrow('down');
    fail = false;
    expect(await cache.brief('f', flaky)).toBe('up');
  });

  it('seen from a transaction: answers from what was read, but never waits on a read still running, nor shares its own', async () => {
    const inTx = cache.withinTransaction();
    expect(await cache.brief('k', load)).toBe(1);
    expect(await inTx.brief('k', load)).toBe(1); // an answered entry serves the transaction too

    // A read another request started, still waiting (as for a pooled connection that transactions hold): the
    // transaction reads for itself instead of waiting on it.
    let answer: (v: number) => void = () => undefined;
    const pending = cache.brief('slow', () => new Promise<number>((resolve) => (answer = resolve)));
    expect(await inTx.brief('slow', async () => 42)).toBe(42);
    answer(7);
    expect(await pending).toBe(7);
    expect(await cache.brief('slow', load)).toBe(7); // the shared read is the one kept

    // What a transaction reads is neither kept nor shared (it may fail with the transaction).
    expect(await inTx.brief('mine', async () => 99)).toBe(99);
    expect(await cache.brief('mine', load)).toBe(2);
    inTx.forget('mine'); // the same memory: a change made in a transaction is forgotten for everyone
    expect(await cache.brief('mine', load)).toBe(3);
  });
});

describe('two instances on one database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seedRegions: true });
  });
  afterAll(() => t.close());

  it('an admin’s holiday calendar through one is used by the other within FRESH_MS', async () => {
    const config = testConfig();
    const other = createServices({ config, db: t.db, logger: createLogger(config.logLevel) });
    const before = await loadWorkCalendar(other.system('test'));
    expect(before.isYearCovered(2031)).toBe(false);

    const admin = await staffToken(t, { username: 'calendar-admin', displayName: '市管理员', role: 'city_admin', scopes: [{ kind: 'city', regionCode: '4105', departmentCode: null }] });
    await t.request.put('/api/admin/calendar/2031').set(bearer(admin)).send({ holidays: ['2031-01-01'], workdays: [], notice: '国办发明电〔2030〕1号' }).expect(200);
    // Through the instance that made the change: at once.
    expect((await loadWorkCalendar(t.services.system('test'))).isYearCovered(2031)).toBe(true);
    // Through the other: once its brief entry has run out.
    await new Promise((r) => setTimeout(r, FRESH_MS + 50));
    expect((await loadWorkCalendar(other.system('test'))).isYearCovered(2031)).toBe(true);
  });
});

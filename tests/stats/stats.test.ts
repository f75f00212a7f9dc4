// The figures admins steer by, on a database filled by the demo history (cases made through the clerks' and
// residents' own use cases): every figure equals a direct count in the database, medians and p90 computed here
// from the rows with the official calendar; scope (another county is not found, residents and clerks refused);
// bad input answers 400 and changes nothing; the XLSX export holds the same numbers; the history runs once.
import ExcelJS from 'exceljs';
import holidayData from 'chinese-days/dist/chinese-days.json';
import { manualClock } from '../../src-server/platform/clock';
import { seedDemoHistoryOnce } from '../../src-server/ops/demo-history';
import { startTestApp, type TestApp } from '../support/app';
import { bearer, residentToken, staff, staffToken } from '../support/people';
import { HUAXIAN } from '../support/cases';

const clock = manualClock('2026-12-07T10:00:00+08:00');
const TODAY = '2026-12-07';
const FROM = '2026-08-01';
let t: TestApp;
let city: string;
let countyX: string;
let historyMs = 0;
let history: Awaited<ReturnType<typeof seedDemoHistoryOnce>>;

beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, seedCatalog: true, clock });
  const started = Date.now();
  history = await seedDemoHistoryOnce(t.services, { cases: 90, days: 110, seed: 7 });
  historyMs = Date.now() - started;
  city = await staffToken(t, staff.cityAdmin);
  countyX = await staffToken(t, staff.countyAdmin);
}, 300_000);
afterAll(() => t.close());

const q = <T>(sql: string, ...values: unknown[]) => t.db.prisma.$queryRawUnsafe<T[]>(sql, ...values);
const n = (v: unknown) => Number(v);

// The official calendar read straight from chinese-days' data (no admin overrides in this database).
const official = holidayData as unknown as { holidays: Record<string, string>; workdays: Record<string, string> };
function workingDaysAfter(from: string, to: string): number {
  let count = 0;
  for (let d = Date.parse(`${from}T00:00:00Z`) + 86_400_000; d <= Date.parse(`${to}T00:00:00Z`); d += 86_400_000) {
    const date = new Date(d).toISOString().slice(0, 10);
    const weekday = new Date(d).getUTCDay();
    if (official.workdays[date] || (weekday !== 0 && weekday !== 6 && !official.holidays[date])) count++;
  }
  return count;
}
const rank = (values: number[], p: number) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(p * sorted.length) - 1];
};

describe('the demo history', () => {
  it('works cases through every state with the use cases, rates some badly and follows them up', async () => {
    expect(historyMs).toBeLessThan(120_000);
    expect(history).toEqual(expect.objectContaining({ cases: await t.db.prisma.application.count(), refusedSteps: 0 }));
    const reached = await q<{ to_status: string }>('SELECT DISTINCT to_status::text FROM application_event');
    expect(reached.map((r) => r.to_status).sort()).toEqual(['accepted', 'correction', 'denied', 'finished', 'rejected', 'special', 'submitted', 'withdrawn']);
    // Every change has its audit record and its timeline entry, by a person (no hand-written rows).
    const [audits] = await q<{ n: bigint }>("SELECT count(*) AS n FROM audit_event WHERE action LIKE 'application.%' AND action <> 'application.pii_view'");
    const [events] = await q<{ n: bigint }>('SELECT count(*) AS n FROM application_event');
    expect(n(audits.n)).toBe(n(events.n));
    const actors = await q<{ actor_kind: string }>('SELECT DISTINCT actor_kind FROM application_event');
    expect(actors.map((a) => a.actor_kind).sort()).toEqual(['resident', 'staff']);
    // Routed by the delegation lists: 滑县's cases reach township centres, and county departments elsewhere.
    const kinds = await q<{ kind: string }>('SELECT DISTINCT q.kind::text FROM application a JOIN queue q ON q.id = a.queue_id');
    expect(kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(['township', 'county_department']));
    const [ratings] = await q<{ n: bigint; bad: bigint }>('SELECT count(*) AS n, count(*) FILTER (WHERE stars <= 2) AS bad FROM rating');
    expect(n(ratings.n)).toBeGreaterThan(10);
    expect(n(ratings.bad)).toBeGreaterThan(0);
    const [called] = await q<{ n: bigint }>("SELECT count(*) AS n FROM rating_follow_up WHERE status <> 'open'");
    expect(n(called.n)).toBeGreaterThan(0);
    // Some are overdue now: cases past their acceptance or finish date.
    const [overdue] = await q<{ n: bigint }>("SELECT count(*) AS n FROM application WHERE status IN ('submitted','accepted') AND due_date < $1::date", TODAY);
    expect(n(overdue.n)).toBeGreaterThan(0);
  });

  it('runs once per database', async () => {
    const before = await t.db.prisma.application.count();
    expect(await seedDemoHistoryOnce(t.services, { cases: 5, days: 10, seed: 1 })).toBe('unchanged');
    expect(await t.db.prisma.seedState.findUnique({ where: { name: 'demo-history' } })).toEqual(expect.objectContaining({ contentHash: 'done' }));
    expect(await t.db.prisma.application.count()).toBe(before);
  });
});

describe('GET /api/admin/stats', () => {
  const get = (query: string, token = city) => t.request.get(`/api/admin/stats?${query}`).set(bearer(token));

  it('counts 滑县 exactly as the database does', async () => {
    const res = await get(`county=${HUAXIAN}&from=${FROM}&to=${TODAY}`).expect(200);
    const s = res.body;
    expect(s.scope).toMatchObject({ countyCode: HUAXIAN, name: '滑县' });
    const where = "county_code = $1 AND submitted_date BETWEEN $2::date AND $3::date";
    const statuses = await q<{ status: string; n: bigint }>(`SELECT status::text, count(*) AS n FROM application WHERE ${where} GROUP BY status`, HUAXIAN, FROM, TODAY);
    const expected = Object.fromEntries(statuses.map((r) => [r.status, n(r.n)]));
    for (const row of s.cases.byStatus) expect(row.count).toBe(expected[row.status] ?? 0);
    expect(s.cases.total).toBe(statuses.reduce((sum, r) => sum + n(r.n), 0));
    expect(s.cases.total).toBeGreaterThan(10);
    const queues = await q<{ queue_id: string; n: bigint }>(`SELECT queue_id, count(*) AS n FROM application WHERE ${where} GROUP BY queue_id`, HUAXIAN, FROM, TODAY);
    expect(Object.fromEntries(s.cases.byQueue.map((x: { queueId: string; count: number }) => [x.queueId, x.count]))).toEqual(Object.fromEntries(queues.map((r) => [r.queue_id, n(r.n)])));

    const [overdue] = await q<{ a: bigint; f: bigint }>(
      "SELECT count(*) FILTER (WHERE status = 'submitted') AS a, count(*) FILTER (WHERE status = 'accepted') AS f FROM application WHERE county_code = $1 AND due_date < $2::date",
      HUAXIAN, TODAY,
    );
    expect(s.overdue).toEqual({ acceptance: n(overdue.a), finish: n(overdue.f), total: n(overdue.a) + n(overdue.f) });

    const rows = await q<{ status: string; submitted: string; accepted: string | null; start: string | null; ended: string | null }>(
      `SELECT status::text, submitted_date::text AS submitted, (accepted_at AT TIME ZONE 'Asia/Shanghai')::date::text AS accepted,
              clock_start_date::text AS start, (ended_at AT TIME ZONE 'Asia/Shanghai')::date::text AS ended
         FROM application WHERE ${where} AND accepted_at IS NOT NULL`, HUAXIAN, FROM, TODAY);
    const acceptance = rows.map((r) => workingDaysAfter(r.submitted, r.accepted!));
    const finish = rows.filter((r) => (r.status === 'finished' || r.status === 'denied') && r.start && r.ended).map((r) => workingDaysAfter(r.start!, r.ended!));
    expect(finish.length).toBeGreaterThan(3);
    expect(s.times.acceptance).toEqual({ count: acceptance.length, median: rank(acceptance, 0.5), p90: rank(acceptance, 0.9) });
    expect(s.times.finish).toEqual({ count: finish.length, median: rank(finish, 0.5), p90: rank(finish, 0.9) });

    const [r] = await q<{ n: bigint; good: bigint; bad: bigint }>(
      `SELECT count(*) AS n, count(*) FILTER (WHERE stars >= 4) AS good, count(*) FILTER (WHERE stars <= 2) AS bad FROM rating
        WHERE county_code = $1 AND excluded_at IS NULL AND (rated_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $2::date AND $3::date`, HUAXIAN, FROM, TODAY);
    const [late] = await q<{ n: bigint }>(
      `SELECT count(*) AS n FROM rating_follow_up f JOIN rating r ON r.id = f.rating_id
        WHERE r.county_code = $1 AND r.excluded_at IS NULL
          AND ((f.status <> 'replied' AND f.reply_due < $2::date) OR (f.status = 'open' AND f.call_back_due < $2::date))`, HUAXIAN, TODAY);
    expect(s.satisfaction).toEqual({ count: n(r.n), good: n(r.good), bad: n(r.bad), goodRate: n(r.n) ? n(r.good) / n(r.n) : null, followUpsOverdue: n(late.n) });

    const [d] = await q<{ delegated: bigint; not_taken: bigint; recalled: bigint }>(
      `SELECT count(DISTINCT matter_id) FILTER (WHERE effective_from <= $2::date AND (effective_until IS NULL OR effective_until > $2::date)) AS delegated,
              count(DISTINCT matter_id) FILTER (WHERE NOT taken_up AND effective_from <= $2::date AND (effective_until IS NULL OR effective_until > $2::date)) AS not_taken,
              count(*) FILTER (WHERE recalled_at IS NOT NULL) AS recalled
         FROM delegation WHERE county_code = $1`, HUAXIAN, TODAY);
    expect(s.delegations).toEqual([{ countyCode: HUAXIAN, countyName: '滑县', delegated: n(d.delegated), notTakenUp: n(d.not_taken), recalled: n(d.recalled), reportDelegated: 126 }]);
    expect(s.reportRecalled).toBe(108);
    const [handheld] = await q<{ n: bigint }>("SELECT count(*) AS n FROM published_matter WHERE version = 1 AND status = '在用' AND handheld");
    expect(s.catalog.handheld).toEqual(expect.objectContaining({ matters: n(handheld.n), target: 300 }));
    expect(s.catalog.township.target).toBe(200);
    expect(s.catalog.village.target).toBe(40);
  });

  it('narrows to a township by the applicant’s place, and defaults to the last 90 days', async () => {
    const [busiest] = await q<{ township: string; n: bigint }>(
      'SELECT left(region_code, 9) AS township, count(*) AS n FROM application WHERE county_code = $1 GROUP BY 1 ORDER BY 2 DESC LIMIT 1', HUAXIAN);
    const s = (await get(`township=${busiest.township}`).expect(200)).body;
    expect(s.period).toEqual({ from: '2026-09-09', to: TODAY });
    expect(s.scope).toMatchObject({ countyCode: HUAXIAN, townshipCode: busiest.township });
    const [count] = await q<{ n: bigint }>("SELECT count(*) AS n FROM application WHERE region_code LIKE $1 AND submitted_date BETWEEN '2026-09-09' AND $2::date", `${busiest.township}%`, TODAY);
    expect(s.cases.total).toBe(n(count.n));
  });

  it('gives a county admin their own county, and not another one', async () => {
    const own = (await get('', countyX).expect(200)).body;
    expect(own.scope.countyCode).toBe('410505');
    expect(own.delegations.map((d: { countyCode: string }) => d.countyCode)).toEqual(['410505']);
    const refused = await get(`county=${HUAXIAN}`, countyX).expect(404);
    expect(refused.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
    await get(`township=${HUAXIAN}001`, countyX).expect(404);
    await t.request.get(`/api/admin/stats/export?county=${HUAXIAN}`).set(bearer(countyX)).expect(404);
    const whole = (await get('').expect(200)).body;
    expect(whole.scope).toMatchObject({ countyCode: null, name: '安阳市' });
    expect(whole.delegations).toHaveLength(10);
  });

  it('refuses residents and clerks', async () => {
    const resident = (await residentToken(t, 'stats-resident')).token;
    await get('', resident).expect(403);
    await get('', await staffToken(t, staff.clerkY)).expect(403);
    await t.request.get('/api/admin/stats').expect(401);
  });

  it('answers bad input with 400 in the contract’s format and changes nothing', async () => {
    const counts = async () => Promise.all([t.db.prisma.auditEvent.count(), t.db.prisma.application.count(), t.db.prisma.rating.count(), t.db.prisma.seedState.count()]);
    const before = await counts();
    const bad: [string, string][] = [
      [`from=${TODAY}&to=2026-01-01`, 'from'],
      ['from=2026-02-30', 'query.from'],
      ['to=yesterday', 'query.to'],
      ['county=419999', 'county'],
      ['county=4105', 'query.county'],
      [`county=${HUAXIAN}&township=410505001`, 'township'],
      ['from=2020-01-01&to=2026-01-01', 'from'],
    ];
    for (const [query, field] of bad) {
      for (const path of ['/api/admin/stats', '/api/admin/stats/export']) {
        const res = await t.request.get(`${path}?${query}`).set(bearer(city)).expect(400);
        expect(res.body.error).toEqual(expect.objectContaining({ code: 'invalid_input', requestId: expect.any(String) }));
        expect(res.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
        expect(res.body.error.details.map((x: { field: string }) => x.field)).toContain(field);
        expect(res.body.error.details[0].message).toMatch(/[\u4e00-\u9fa5]/);
      }
    }
    expect(await counts()).toEqual(before);
  });
});

describe('GET /api/admin/stats/export', () => {
  it('is a workbook with the same numbers as the page', async () => {
    const query = `county=${HUAXIAN}&from=${FROM}&to=${TODAY}`;
    const s = (await t.request.get(`/api/admin/stats?${query}`).set(bearer(city)).expect(200)).body;
    const res = await t.request.get(`/api/admin/stats/export?${query}`).set(bearer(city)).buffer(true)
      .parse((r, done) => { const chunks: Buffer[] = []; r.on('data', (c: Buffer) => chunks.push(c)); r.on('end', () => done(null, Buffer.concat(chunks))); })
      .expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`stats-${HUAXIAN}-${FROM}-${TODAY}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as ExcelJS.Buffer);
    const rows = (name: string) => {
      const out: unknown[][] = [];
      book.getWorksheet(name)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out.slice(1);
    };
    const summary = new Map(rows('概况').map(([k, v]) => [k, v]));
    expect(summary.get('统计范围')).toBe('滑县');
    expect(summary.get('办件总数')).toBe(s.cases.total);
    expect(summary.get('受理超期（截至今日）')).toBe(s.overdue.acceptance);
    expect(summary.get('办结超期（截至今日）')).toBe(s.overdue.finish);
    expect(summary.get('受理用时中位数（工作日）')).toBe(s.times.acceptance.median);
    expect(summary.get('办结用时 P90（工作日）')).toBe(s.times.finish.p90);
    expect(summary.get('评价数')).toBe(s.satisfaction.count);
    expect(summary.get('差评数（1–2 星）')).toBe(s.satisfaction.bad);
    expect(summary.get('差评整改超期')).toBe(s.satisfaction.followUpsOverdue);
    expect(rows('按状态')).toEqual(s.cases.byStatus.map((x: { label: string; count: number }) => [x.label, x.count]));
    expect(rows('按窗口').map((r) => r[2])).toEqual(s.cases.byQueue.map((x: { count: number }) => x.count));
    expect(rows('放权赋能')[0]).toEqual(['滑县', s.delegations[0].delegated, s.delegations[0].notTakenUp, s.delegations[0].recalled, 126]);
    expect(rows('事项目录')[0]).toEqual(['掌上办事项', s.catalog.handheld.matters, s.catalog.handheld.departments, 300]);
  });
});

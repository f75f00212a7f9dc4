// The export in the national field names (JSON, CSV, XLSX: the same rows, 满意度代码 = 6 − stars, 行政区划 = the
// case's place), its scopes and date range; and bad input on every ratings route: a 4xx in the contract's format
// with a Chinese message, and nothing changed in the database.
import ExcelJS from 'exceljs';
import { manualClock } from '../../src-server/platform/clock';
import { startTestApp, type TestApp } from '../support/app';
import type { Resident } from '../support/cases';
import { bearer, staff, staffToken } from '../support/people';
import { caseOf, countyAdminY, rating, residentOfX } from './rating-cases';

const clock = manualClock('2026-12-07T02:00:00Z'); // Monday 10:00 in Anyang
let t: TestApp;
let alice: Resident;
const receipts: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, seedCatalog: true, clock });
  alice = await residentOfX(t, 'export-alice');
  for (const [stars, comment] of [[5, undefined], [2, '材料要求说得不清楚, "跑了两趟"'], [1, '等太久']] as const) {
    const id = await caseOf(t, alice);
    await t.request.post(`/api/applications/${id}/rating`).set(bearer(alice.token)).send(rating(stars, comment)).expect(201);
    receipts[stars] = (await t.db.prisma.application.findUniqueOrThrow({ where: { id } })).receiptNo;
  }
});
afterAll(() => t.close());

/** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\r') continue;
    else if (ch === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else cell += ch;
  }
  return rows;
}

const columns = ['办件编号', '评价渠道', '评价时间', '满意度代码', '文字评价', '行政区划'];

describe('export', () => {
  it('answers JSON rows with exactly the national columns and codes', async () => {
    const res = await t.request.get('/api/admin/ratings/export?format=json').set(bearer(await staffToken(t, staff.cityAdmin))).expect(200);
    expect(res.body).toHaveLength(3);
    for (const row of res.body) expect(Object.keys(row)).toEqual(columns);
    const bad = res.body.find((r: Record<string, unknown>) => r['办件编号'] === receipts[2]);
    expect(bad).toEqual({ 办件编号: receipts[2], 评价渠道: '2', 评价时间: '2026-12-07 10:00:00', 满意度代码: 4, 文字评价: '材料要求说得不清楚, "跑了两趟"', 行政区划: alice.regionCode });
    expect(res.body.map((r: Record<string, number>) => r['满意度代码']).sort()).toEqual([1, 4, 5]);
  });

  it('gives the same rows as CSV and XLSX', async () => {
    const city = await staffToken(t, staff.cityAdmin);
    const json = (await t.request.get('/api/admin/ratings/export').set(bearer(city)).expect(200)).body as Record<string, string | number>[];
    const csv = await t.request.get('/api/admin/ratings/export?format=csv').set(bearer(city)).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('ratings.csv');
    const text = (csv.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const csvRows = parseCsv(text.slice(1));
    expect(csvRows[0]).toEqual(columns);
    expect(csvRows.slice(1)).toEqual(json.map((r) => columns.map((c) => String(r[c]))));
    expect(text).toContain('"材料要求说得不清楚, ""跑了两趟"""');

    const xlsx = await t.request.get('/api/admin/ratings/export?format=xlsx').set(bearer(city)).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const sheetBook = new ExcelJS.Workbook();
    await sheetBook.xlsx.load(xlsx.body as never);
    const sheet = sheetBook.getWorksheet('好差评')!;
    const rows = sheet.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(columns);
    expect(rows.slice(1)).toEqual(json.map((r) => columns.map((c) => r[c])));
  });

  it('keeps a county admin to their county and follows the date range', async () => {
    const mine = await t.request.get('/api/admin/ratings/export').set(bearer(await staffToken(t, staff.countyAdmin))).expect(200);
    expect(mine.body).toHaveLength(3);
    const other = await staffToken(t, countyAdminY);
    expect((await t.request.get('/api/admin/ratings/export').set(bearer(other)).expect(200)).body).toEqual([]);
    await t.request.get('/api/admin/ratings/export?county=410505').set(bearer(other)).expect(404);
    const city = await staffToken(t, staff.cityAdmin);
    expect((await t.request.get('/api/admin/ratings/export?from=2026-12-07&to=2026-12-07').set(bearer(city)).expect(200)).body).toHaveLength(3);
    expect((await t.request.get('/api/admin/ratings/export?from=2026-12-08').set(bearer(city)).expect(200)).body).toEqual([]);
    expect((await t.request.get('/api/admin/ratings/export?county=410526').set(bearer(city)).expect(200)).body).toEqual([]);
  });
});

describe('bad input changes nothing', () => {
  const expectContractError = (body: { error?: { code: string; message: string; requestId: string } }) => {
    expect(body.error).toEqual(expect.objectContaining({ code: expect.any(String), message: expect.stringMatching(/[\u4e00-\u9fa5]/), requestId: expect.any(String) }));
  };

  async function snapshot() {
    const p = t.db.prisma;
    return {
      ratings: await p.rating.findMany({ orderBy: { id: 'asc' } }),
      followUps: await p.ratingFollowUp.findMany({ orderBy: { id: 'asc' } }),
      appeals: await p.ratingAppeal.count(),
      settings: await p.serviceSetting.count(),
      audit: await p.auditEvent.count({ where: { action: { startsWith: 'rating.' } } }),
    };
  }

  it('answers 400 with the field in Chinese on every route', async () => {
    const before = await snapshot();
    const fresh = await caseOf(t, alice);
    const followUp = before.followUps[0];
    const bad = before.ratings.find((r) => r.stars === 1)!;
    const clerk = await staffToken(t, staff.clerkX);
    const admin = await staffToken(t, staff.countyAdmin);
    const city = await staffToken(t, staff.cityAdmin);
    const calls: [ReturnType<typeof t.request.get>, string][] = [
      [t.request.post(`/api/applications/${fresh}/rating`).set(bearer(alice.token)).send({ ...rating(5), stars: 6 }), 'stars'],
      [t.request.post(`/api/applications/${fresh}/rating`).set(bearer(alice.token)).send({ stars: 5 }), 'efficiency'],
      [t.request.post(`/api/applications/${fresh}/rating`).set(bearer(alice.token)).send({ ...rating(5), comment: '长'.repeat(501) }), 'comment'],
      [t.request.post(`/api/applications/${fresh}/rating`).set(bearer(alice.token)).send({ ...rating(5), usability: '5' }), 'usability'],
      [t.request.post('/api/applications/not-a-uuid/rating').set(bearer(alice.token)).send(rating(5)), 'params.id'],
      [t.request.get('/api/applications/not-a-uuid/rating').set(bearer(alice.token)), 'params.id'],
      [t.request.post(`/api/applications/${fresh}/rating/again`).set(bearer(alice.token)).send({ stars: 0 }), 'stars'],
      [t.request.get('/api/follow-ups?status=done').set(bearer(clerk)), 'query.status'],
      [t.request.get('/api/follow-ups/123').set(bearer(clerk)), 'params.id'],
      [t.request.post(`/api/follow-ups/${followUp.id}/call-back`).set(bearer(clerk)).send({ note: ' ' }), 'note'],
      [t.request.post(`/api/follow-ups/${followUp.id}/reply`).set(bearer(clerk)).send({ reply: 12 }), 'reply'],
      [t.request.post(`/api/ratings/${bad.id}/appeal`).set(bearer(clerk)).send({ reason: '' }), 'reason'],
      [t.request.get('/api/admin/appeals?status=maybe').set(bearer(admin)), 'query.status'],
      [t.request.post('/api/admin/appeals/00000000-0000-4000-8000-000000000000/decision').set(bearer(admin)).send({ decision: '成立' }), 'upheld'],
      [t.request.get('/api/admin/ratings/export?format=pdf').set(bearer(admin)), 'query.format'],
      [t.request.get('/api/admin/ratings/export?from=2026-12-09&to=2026-12-01').set(bearer(admin)), 'query.to'],
      [t.request.get('/api/admin/ratings/export?from=2026-02-30').set(bearer(admin)), 'query.from'],
      [t.request.put('/api/admin/settings').set(bearer(city)).send({ 'followUp.replyDays': 0 }), 'followUp.replyDays'],
      [t.request.put('/api/admin/settings').set(bearer(city)).send({ 'followUp.callBackDays': 61 }), 'followUp.callBackDays'],
      [t.request.put('/api/admin/settings').set(bearer(city)).send({ 'complaint.answerDays': 2.5 }), 'complaint.answerDays'],
      [t.request.put('/api/admin/settings').set(bearer(city)).send({ other: 3 }), ''],
    ];
    for (const [call, field] of calls) {
      const res = await call;
      if (res.status !== 400) throw new Error(`${field}: ${res.status} ${JSON.stringify(res.body)}`);
      expectContractError(res.body);
      expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(res.body.error.details.every((d: { message: string }) => /[\u4e00-\u9fa5]/.test(d.message))).toBe(true);
    }
    const malformed = await t.request.post(`/api/applications/${fresh}/rating`).set(bearer(alice.token)).set('Content-Type', 'application/json').send('{"stars":');
    expect(malformed.status).toBe(400);
    expectContractError(malformed.body);
    expect(await snapshot()).toEqual(before);
  });
});

// Delegation lists: seeded so counties differ; county admins delegate and recall; routing follows the dates.
import { startTestApp, type TestApp } from '../support/app';
import { bearer, staff, staffToken } from '../support/people';

let t: TestApp;
let countyAdmin: string; // 殷都区
let otherCounty: string;
beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, seedCatalog: true });
  countyAdmin = await staffToken(t, staff.countyAdmin);
  otherCounty = await staffToken(t, {
    username: 'county-huaxian', displayName: '滑县管理员', role: 'county_admin', scopes: [{ kind: 'county', regionCode: '410526', departmentCode: null }],
  });
});
afterAll(() => t.close());

const shuiye = '410505101';

describe('the seeded lists', () => {
  it('differ between counties: 滑县 delegates the most county matters, 北关区 the fewest', async () => {
    const rows = await t.db.prisma.delegation.groupBy({
      // County matters handed to townships by each county's own decision (not 水冶镇's separate first batch).
      by: ['countyCode'], where: { powerSource: { in: ['delegated', 'entrusted'] }, documentNo: { not: '安殷编〔2021〕6号' } }, _count: { _all: true },
    });
    const count = Object.fromEntries(rows.map((r) => [r.countyCode, r._count._all]));
    const others = Object.entries(count).filter(([c]) => c !== '410526' && c !== '410503').map(([, n]) => n);
    expect(count['410526']).toBeGreaterThan(Math.max(...others));
    expect(count['410503']).toBeLessThan(Math.min(...others));
  });

  it('give 水冶镇 a first batch with powers not taken up and powers recalled', async () => {
    const batch = await t.db.prisma.delegation.findMany({ where: { documentNo: '安殷编〔2021〕6号' } });
    expect(batch.length).toBeGreaterThan(20);
    expect(batch.every((d) => d.townshipCodes.includes(shuiye))).toBe(true);
    expect(batch.filter((d) => !d.takenUp).length).toBeGreaterThan(0);
    expect(batch.filter((d) => d.recalledAt && d.recallDocument === '安殷编〔2022〕11号').length).toBeGreaterThan(0);
  });
});

describe('routing preview', () => {
  it('follows a recall: the township before the recall date, the county department from it', async () => {
    const taken = await t.db.prisma.delegation.findFirstOrThrow({
      where: { countyCode: '410505', documentNo: '安殷编〔2021〕6号', takenUp: true, recalledAt: null },
    });
    const preview = (at: string) =>
      t.request.get(`/api/routing/preview?matterId=${taken.matterId}&regionCode=${shuiye}001&at=${at}`).expect(200);
    const before = (await preview('2030-05-31')).body;
    expect(before).toMatchObject({ queue: { id: `township:${shuiye}`, kind: 'township', name: '水冶镇党政综合便民服务中心' } });
    expect(before.reason).toContain('安殷编〔2021〕6号');

    await t.request.post(`/api/admin/delegations/${taken.id}/recall`).set(bearer(countyAdmin))
      .send({ effectiveUntil: '2030-06-01', documentNo: '安殷编〔2030〕2号', reason: '承接能力不足，收回县直部门' }).expect(200);
    expect((await preview('2030-05-31')).body.queue.kind).toBe('township');
    const after = (await preview('2030-06-01')).body;
    expect(after.queue).toMatchObject({ kind: 'county_department', id: expect.stringMatching(/^county_department:410505:/) });
    expect(after.reason).toContain('2030-06-01');
    expect(after.reason).toContain('安殷编〔2030〕2号');
    // History is kept and a second recall is refused.
    expect(await t.db.prisma.delegation.findUnique({ where: { id: taken.id } })).toMatchObject({ recallReason: '承接能力不足，收回县直部门' });
    await t.request.post(`/api/admin/delegations/${taken.id}/recall`).set(bearer(countyAdmin))
      .send({ effectiveUntil: '2031-01-01', documentNo: '安殷编〔2031〕1号', reason: '重复收回' }).expect(409);
  });

  it('explains a matter that is not taken up', async () => {
    const notTaken = await t.db.prisma.delegation.findFirstOrThrow({ where: { countyCode: '410505', documentNo: '安殷编〔2021〕6号', takenUp: false } });
    const res = await t.request.get(`/api/routing/preview?matterId=${notTaken.matterId}&regionCode=${shuiye}&at=2024-01-02`).expect(200);
    expect(res.body.reason).toContain('尚未承接');
  });
});

describe('county admins', () => {
  it('delegate a county matter to chosen townships of their own county only', async () => {
    const free = await t.db.prisma.publishedMatter.findFirstOrThrow({ where: { version: 1, level: 4, township: true } });
    const body = { countyCode: '410505', matterId: free.matterId, townshipCodes: ['410505100'], powerSource: 'delegated', documentNo: '安殷编〔2030〕5号', effectiveFrom: '2030-07-01', takenUp: true };
    const created = await t.request.post('/api/admin/delegations').set(bearer(countyAdmin)).send(body).expect(201);
    expect(created.body).toMatchObject({ townshipCodes: ['410505100'], powerSourceName: '上级下放', effectiveFrom: '2030-07-01', recall: null });
    const res = await t.request.get(`/api/routing/preview?matterId=${free.matterId}&regionCode=410505100&at=2030-07-01`).expect(200);
    expect(res.body.queue.kind).toBe('township');
    await t.request.post('/api/admin/delegations').set(bearer(otherCounty)).send(body).expect(403);
    await t.request.post('/api/admin/delegations').set(bearer(countyAdmin)).send({ ...body, townshipCodes: ['410526001'] }).expect(400);
    await t.request.post(`/api/admin/delegations/${created.body.id}/recall`).set(bearer(otherCounty))
      .send({ effectiveUntil: '2031-01-01', documentNo: '滑编〔2031〕1号', reason: '越权收回' }).expect(404);
  });

  it('see their own county’s list', async () => {
    const list = await t.request.get('/api/admin/delegations?pageSize=200').set(bearer(otherCounty)).expect(200);
    expect(list.body.total).toBeGreaterThan(0);
    expect(list.body.items.every((d: { countyCode: string }) => d.countyCode === '410526')).toBe(true);
    expect(list.body.items.every((d: { matterName: string }) => d.matterName.length > 0)).toBe(true);
  });
});

describe('a recall that takes effect later', () => {
  const findFree = () =>
    t.db.prisma.delegation.findFirstOrThrow({
      where: { countyCode: '410505', documentNo: '安殷编〔2021〕6号', takenUp: true, recalledAt: null },
    });
  const recall = (id: string, effectiveUntil: string, token = countyAdmin) =>
    t.request.post(`/api/admin/delegations/${id}/recall`).set(bearer(token))
      .send({ effectiveUntil, documentNo: '安殷编〔2029〕8号', reason: '承接能力不足，收回县直部门' });
  const withdraw = (id: string, body: object, token = countyAdmin) =>
    t.request.post(`/api/admin/delegations/${id}/recall/withdraw`).set(bearer(token)).send(body);

  it('is pending until its day (the list says so), and the county admin may withdraw it, audited', async () => {
    const d = await findFree();
    const recalled = (await recall(d.id, '2030-01-01').expect(200)).body;
    expect(recalled).toMatchObject({ effectiveUntil: '2030-01-01', recall: { pending: true, documentNo: '安殷编〔2029〕8号' } });
    const listed = await t.request.get(`/api/admin/delegations?matterId=${d.matterId}&pageSize=200`).set(bearer(countyAdmin)).expect(200);
    expect(listed.body.items.find((r: { id: string }) => r.id === d.id).recall.pending).toBe(true);
    // The seeded recalls of 2022 are in effect.
    const seeded = listed.body.items.find((r: { recall: { documentNo: string } | null }) => r.recall?.documentNo === '安殷编〔2022〕11号');
    if (seeded) expect(seeded.recall.pending).toBe(false);

    // Bad input changes nothing: a short reason, another county's admin.
    const short = await withdraw(d.id, { reason: '错' }).expect(400);
    expect(short.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    const other = await withdraw(d.id, { reason: '越权撤回' }, otherCounty).expect(404);
    expect(other.body.error.message).toBe('没有找到这条下放记录');
    expect(await t.db.prisma.delegation.findUnique({ where: { id: d.id } })).toMatchObject({ recallDocument: '安殷编〔2029〕8号' });

    const back = (await withdraw(d.id, { reason: '收回日期登记有误' }).expect(200)).body;
    expect(back).toMatchObject({ effectiveUntil: null, recall: null });
    const audit = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { action: 'delegation.recall_withdraw', subjectId: d.id } });
    expect(audit.details).toMatchObject({ reason: '收回日期登记有误', withdrawn: { effectiveUntil: '2030-01-01', documentNo: '安殷编〔2029〕8号' } });
    // Routing: the township keeps the matter after 2030-01-01 again.
    const preview = await t.request.get(`/api/routing/preview?matterId=${d.matterId}&regionCode=${shuiye}&at=2030-06-01`).expect(200);
    expect(preview.body.queue.kind).toBe('township');
    // Nothing left to withdraw.
    const again = await withdraw(d.id, { reason: '再撤回一次' }).expect(409);
    expect(again.body.error.message).toBe('这条下放没有收回，无需撤回');
  });

  it('cannot be withdrawn once in effect', async () => {
    const d = await findFree();
    const audited = () => t.db.prisma.auditEvent.count({ where: { action: 'delegation.recall_withdraw', subjectId: d.id } });
    const before = await audited();
    await recall(d.id, '2024-01-01').expect(200);
    const res = await withdraw(d.id, { reason: '想恢复下放' }).expect(409);
    expect(res.body.error.message).toBe('这次收回已于 2024-01-01 生效，不能撤回；如需恢复，请重新新增下放');
    expect(await t.db.prisma.delegation.findUnique({ where: { id: d.id } })).toMatchObject({ recallDocument: '安殷编〔2029〕8号' });
    expect(await audited()).toBe(before);
    const listed = await t.request.get(`/api/admin/delegations?matterId=${d.matterId}&pageSize=200`).set(bearer(countyAdmin)).expect(200);
    expect(listed.body.items.find((r: { id: string }) => r.id === d.id).recall.pending).toBe(false);
  });
});

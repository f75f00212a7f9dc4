// 投诉建议 through the HTTP API: a resident's complaint goes to the county concerned (chosen, the case's, or the
// resident's own), is due in `complaint.answerDays` working days, is seen by that county's admin and the city admin
// only, and is answered once; bad input answers 400 in the contract's format and changes nothing.
import { manualClock } from '../../src-server/platform/clock';
import { startTestApp, type TestApp } from '../support/app';
import { townshipMatter, type Resident } from '../support/cases';
import { bearer, staff, staffToken } from '../support/people';
import { caseOf, countyAdminY, residentOfX } from '../ratings/rating-cases';

const clock = manualClock('2026-12-31T02:00:00Z'); // Thursday; 1 January 2027 is a holiday (entered below)
let t: TestApp;
let alice: Resident;
let bob: Resident;

beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, seedCatalog: true, clock });
  const city = await staffToken(t, staff.cityAdmin);
  await t.request.put('/api/admin/calendar/2027').set(bearer(city)).send({ holidays: ['2027-01-01'], workdays: [], notice: '测试用节假日安排' }).expect(200);
  alice = await residentOfX(t, 'complaint-alice');
  bob = await residentOfX(t, 'complaint-bob');
});
afterAll(() => t.close());

describe('filing', () => {
  it('goes to the resident\'s county by default, due in 5 working days across the New Year holiday', async () => {
    const res = await t.request.post('/api/complaints').set(bearer(alice.token)).send({ kind: 'suggestion', text: '建议在乡镇便民服务中心增加周末值班窗口' }).expect(201);
    expect(res.body).toMatchObject({ kind: 'suggestion', kindLabel: '建议', countyCode: '410505', countyName: '殷都区', status: 'open', dueDate: '2027-01-08', overdue: false, answer: null });
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'complaint.create', subjectId: res.body.id } })).toBe(1);
  });

  it('names a matter and the resident\'s own case (going to the case\'s county); another\'s case is not found', async () => {
    const matter = await townshipMatter(t);
    const caseId = await caseOf(t, alice, 'submitted');
    const res = await t.request.post('/api/complaints').set(bearer(alice.token)).send({ kind: 'complaint', text: '窗口工作人员态度冷淡，一直让我等', matterId: matter.id, applicationId: caseId }).expect(201);
    expect(res.body).toMatchObject({ kind: 'complaint', countyCode: '410505', matter: { id: matter.id, name: matter.name }, application: { id: caseId, receiptNo: expect.stringMatching(/^410505-/) } });
    const before = await t.db.prisma.complaint.count();
    await t.request.post('/api/complaints').set(bearer(bob.token)).send({ kind: 'complaint', text: '想投诉别人的办件试试', applicationId: caseId }).expect(404);
    const chosen = await t.request.post('/api/complaints').set(bearer(bob.token)).send({ kind: 'complaint', countyCode: '410526', text: '滑县政务服务中心停车难' }).expect(201);
    expect(chosen.body.countyName).toBe('滑县');
    expect(await t.db.prisma.complaint.count()).toBe(before + 1);
    const mine = await t.request.get('/api/complaints').set(bearer(alice.token)).expect(200);
    expect(mine.body.items.map((c: { kind: string }) => c.kind)).toEqual(['complaint', 'suggestion']);
    expect((await t.request.get('/api/complaints').set(bearer(bob.token)).expect(200)).body.total).toBe(1);
  });
});

describe('answering', () => {
  it('shows each county its own, the city all; answers once; the resident reads the answer', async () => {
    const adminX = await staffToken(t, staff.countyAdmin);
    const adminY = await staffToken(t, countyAdminY);
    const city = await staffToken(t, staff.cityAdmin);
    const ofX = await t.request.get('/api/admin/complaints?status=open').set(bearer(adminX)).expect(200);
    expect(ofX.body.items.every((c: { countyCode: string }) => c.countyCode === '410505')).toBe(true);
    expect(ofX.body.total).toBe(2);
    expect((await t.request.get('/api/admin/complaints').set(bearer(adminY)).expect(200)).body.total).toBe(1);
    expect((await t.request.get('/api/admin/complaints').set(bearer(city)).expect(200)).body.total).toBe(3);
    await t.request.get('/api/admin/complaints').set(bearer(await staffToken(t, staff.clerkX))).expect(403);

    const target = ofX.body.items.find((c: { kind: string }) => c.kind === 'complaint');
    await t.request.post(`/api/admin/complaints/${target.id}/answer`).set(bearer(adminY)).send({ answer: '已转相关窗口核实处理' }).expect(404);
    clock.set('2027-01-11T02:00:00Z'); // past the due date (8 January): the open ones are overdue
    expect((await t.request.get(`/api/admin/complaints?status=open`).set(bearer(await staffToken(t, staff.countyAdmin))).expect(200)).body.items.every((c: { overdue: boolean }) => c.overdue)).toBe(true);
    const answered = await t.request.post(`/api/admin/complaints/${target.id}/answer`).set(bearer(await staffToken(t, staff.countyAdmin))).send({ answer: '已约谈窗口负责人并整改，感谢您的监督' }).expect(200);
    expect(answered.body).toMatchObject({ status: 'answered', statusLabel: '已答复', overdue: false, answer: '已约谈窗口负责人并整改，感谢您的监督', answeredBy: staff.countyAdmin.displayName });
    const twice = await t.request.post(`/api/admin/complaints/${target.id}/answer`).set(bearer(await staffToken(t, staff.cityAdmin))).send({ answer: '再次答复一遍内容' }).expect(409);
    expect(twice.body.error.code).toBe('complaint_answered');
    expect((await t.db.prisma.complaint.findUniqueOrThrow({ where: { id: target.id } })).answer).toBe('已约谈窗口负责人并整改，感谢您的监督');
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'complaint.answer', subjectId: target.id } })).toBe(1);
    const mine = await t.request.get('/api/complaints?status=answered').set(bearer(alice.token)).expect(200);
    expect(mine.body.items).toEqual([expect.objectContaining({ id: target.id, answer: '已约谈窗口负责人并整改，感谢您的监督' })]);
  });

  it('uses the answer deadline the city admin sets', async () => {
    const city = await staffToken(t, staff.cityAdmin);
    await t.request.put('/api/admin/settings').set(bearer(city)).send({ 'complaint.answerDays': 10 }).expect(200);
    const res = await t.request.post('/api/complaints').set(bearer(bob.token)).send({ kind: 'suggestion', text: '建议开通夜间预约办理' }).expect(201);
    expect(res.body.dueDate).toBe('2027-01-25'); // Monday 11 January + 10 working days
  });
});

it('refuses bad input with 400 in the contract\'s format and changes nothing', async () => {
  const before = await t.db.prisma.complaint.findMany({ orderBy: { id: 'asc' } });
  const admin = await staffToken(t, staff.countyAdmin);
  const open = before.find((c) => c.status === 'open' && c.countyCode === '410505')!;
  const stranger = await residentOfX(t, 'complaint-nobody');
  await t.db.prisma.resident.update({ where: { id: stranger.id }, data: { regionCode: null } });
  const calls: [ReturnType<typeof t.request.get>, string][] = [
    [t.request.post('/api/complaints').set(bearer(alice.token)).send({ kind: 'praise', text: '表扬窗口工作人员' }), 'kind'],
    [t.request.post('/api/complaints').set(bearer(alice.token)).send({ kind: 'complaint', text: '短' }), 'text'],
    [t.request.post('/api/complaints').set(bearer(alice.token)).send({ kind: 'complaint', text: '长'.repeat(1001) }), 'text'],
    [t.request.post('/api/complaints').set(bearer(alice.token)).send({ kind: 'complaint', text: '区县代码不对的投诉', countyCode: '110101' }), 'countyCode'],
    [t.request.post('/api/complaints').set(bearer(alice.token)).send({ kind: 'complaint', text: '这是一个乡镇而非区县', countyCode: '410599' }), 'countyCode'],
    [t.request.post('/api/complaints').set(bearer(alice.token)).send({ kind: 'complaint', text: '事项编号不存在的投诉', matterId: '00000000-0000-4000-8000-000000000000' }), 'matterId'],
    [t.request.post('/api/complaints').set(bearer(alice.token)).send({ kind: 'complaint', text: '办件编号格式不对', applicationId: 'abc' }), 'applicationId'],
    [t.request.post('/api/complaints').set(bearer(stranger.token)).send({ kind: 'complaint', text: '没有填写所在地区的居民投诉' }), 'countyCode'],
    [t.request.get('/api/complaints?page=0').set(bearer(alice.token)), 'query.page'],
    [t.request.get('/api/admin/complaints?status=closed').set(bearer(admin)), 'query.status'],
    [t.request.post(`/api/admin/complaints/${open.id}/answer`).set(bearer(admin)).send({ answer: '' }), 'answer'],
    [t.request.post('/api/admin/complaints/xyz/answer').set(bearer(admin)).send({ answer: '答复内容足够长' }), 'params.id'],
  ];
  for (const [call, field] of calls) {
    const res = await call;
    if (res.status !== 400) throw new Error(`${field}: ${res.status} ${JSON.stringify(res.body)}`);
    expect(res.body.error).toEqual(expect.objectContaining({ code: 'invalid_input', message: expect.stringMatching(/[\u4e00-\u9fa5]/), requestId: expect.any(String) }));
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  }
  const after = await t.db.prisma.complaint.findMany({ orderBy: { id: 'asc' } });
  expect(after).toEqual(before);
});

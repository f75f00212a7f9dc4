// 好差评 through the HTTP API (rules.md "Ratings"): one rating per ended case by its resident; a 差评 opens the
// handling queue's follow-up with working-day deadlines (across an admin-entered holiday); call back, reply, one
// re-rating; a clerk's appeal and the admin's decision; scopes answer 404.
import { manualClock } from '../../src-server/platform/clock';
import { startTestApp, type TestApp } from '../support/app';
import type { Resident } from '../support/cases';
import { bearer, staff, staffToken, townshipX } from '../support/people';
import { caseOf, countyAdminY, leadX, rating, residentOfX } from './rating-cases';

// Friday 29 January 2027, 10:00 in Anyang. 2027 is not in the package's calendar: the city admin enters it, with
// Monday 1 and Tuesday 2 February as holidays, so deadlines must jump the weekend and both days.
const clock = manualClock('2027-01-29T02:00:00Z');
let t: TestApp;
let alice: Resident;
let bob: Resident;

beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, seedCatalog: true, clock });
  const city = await staffToken(t, staff.cityAdmin);
  await t.request.put('/api/admin/calendar/2027').set(bearer(city)).send({ holidays: ['2027-02-01', '2027-02-02'], workdays: [], notice: '测试用节假日安排' }).expect(200);
  alice = await residentOfX(t, 'alice');
  bob = await residentOfX(t, 'bob');
});
afterAll(() => t.close());

const tokenOf = (who: keyof typeof staff | 'leadX' | 'countyAdminY') =>
  staffToken(t, who === 'leadX' ? leadX : who === 'countyAdminY' ? countyAdminY : staff[who]);

describe('rating a case', () => {
  it('is refused before the case ends and for a withdrawn application (409), and nothing is written', async () => {
    const open = await caseOf(t, alice, 'submitted');
    const early = await t.request.post(`/api/applications/${open}/rating`).set(bearer(alice.token)).send(rating(5)).expect(409);
    expect(early.body.error).toMatchObject({ code: 'case_not_ended', message: expect.stringContaining('办结') });
    const withdrawn = await caseOf(t, alice, 'withdrawn');
    const late = await t.request.post(`/api/applications/${withdrawn}/rating`).set(bearer(alice.token)).send(rating(5)).expect(409);
    expect(late.body.error.message).toContain('已撤回');
    expect(await t.db.prisma.rating.count()).toBe(0);
    const view = await t.request.get(`/api/applications/${open}/rating`).set(bearer(alice.token)).expect(200);
    expect(view.body).toEqual({ rating: null, followUp: null, canRate: false, canReRate: false });
  });

  it('takes one rating of a finished case from its resident only; a second is 409; others see nothing', async () => {
    const id = await caseOf(t, alice);
    expect((await t.request.get(`/api/applications/${id}/rating`).set(bearer(alice.token)).expect(200)).body.canRate).toBe(true);
    await t.request.post(`/api/applications/${id}/rating`).set(bearer(bob.token)).send(rating(1)).expect(404);
    await t.request.post(`/api/applications/${id}/rating`).set(bearer(await tokenOf('clerkX'))).send(rating(1)).expect(403);
    const res = await t.request.post(`/api/applications/${id}/rating`).set(bearer(alice.token)).send(rating(4, '窗口服务热情')).expect(201);
    expect(res.body).toMatchObject({ rating: { stars: 4, starsLabel: '满意', channel: 'app', comment: '窗口服务热情', excluded: false }, followUp: null, canRate: false, canReRate: false });
    const again = await t.request.post(`/api/applications/${id}/rating`).set(bearer(alice.token)).send(rating(1)).expect(409);
    expect(again.body.error).toMatchObject({ code: 'already_rated', message: expect.stringContaining('只能评价一次') });
    const row = await t.db.prisma.rating.findUniqueOrThrow({ where: { applicationId: id } });
    const theCase = await t.db.prisma.application.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ stars: 4, residentId: alice.id, regionCode: theCase.regionCode, countyCode: theCase.countyCode, queueId: `township:${townshipX}` });
    expect(await t.db.prisma.ratingFollowUp.count({ where: { ratingId: row.id } })).toBe(0);
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'rating.create', subjectId: row.id } })).toBe(1);
    // Staff in scope read it; staff elsewhere and other residents do not find the case.
    await t.request.get(`/api/applications/${id}/rating`).set(bearer(await tokenOf('clerkX'))).expect(200);
    await t.request.get(`/api/applications/${id}/rating`).set(bearer(await tokenOf('clerkY'))).expect(404);
    await t.request.get(`/api/applications/${id}/rating`).set(bearer(bob.token)).expect(404);
  });

  it('takes ratings of refused cases (不予受理, 不予许可) too', async () => {
    for (const end of ['rejected', 'denied'] as const) {
      const id = await caseOf(t, bob, end);
      await t.request.post(`/api/applications/${id}/rating`).set(bearer(bob.token)).send(rating(3)).expect(201);
    }
  });
});

describe('a 差评 and its follow-up', () => {
  let caseId: string;
  let followUpId: string;

  it('opens a follow-up for the handling queue: call back in 1 and reply in 15 working days, across the holiday', async () => {
    caseId = await caseOf(t, alice);
    const res = await t.request.post(`/api/applications/${caseId}/rating`).set(bearer(alice.token)).send(rating(1, '跑了三趟，态度很差')).expect(201);
    expect(res.body.followUp).toEqual({ status: 'open', statusLabel: '待回访', callBackDue: '2027-02-03', replyDue: '2027-02-23', reply: null, repliedAt: null });
    const row = await t.db.prisma.ratingFollowUp.findFirstOrThrow({ where: { rating: { applicationId: caseId } } });
    expect(row.queueId).toBe(`township:${townshipX}`);
    followUpId = row.id;
  });

  it('is listed for the township clerk and lead, the county and the city; another township does not find it', async () => {
    for (const who of ['clerkX', 'leadX', 'countyAdmin', 'cityAdmin'] as const) {
      const list = await t.request.get('/api/follow-ups?status=open').set(bearer(await tokenOf(who))).expect(200);
      expect(list.body.items.map((f: { id: string }) => f.id)).toContain(followUpId);
    }
    const other = await tokenOf('clerkY');
    expect((await t.request.get('/api/follow-ups').set(bearer(other)).expect(200)).body.total).toBe(0);
    await t.request.get(`/api/follow-ups/${followUpId}`).set(bearer(other)).expect(404);
    await t.request.post(`/api/follow-ups/${followUpId}/call-back`).set(bearer(other)).send({ note: '已电话联系' }).expect(404);
    await t.request.get(`/api/follow-ups/${followUpId}`).set(bearer(await tokenOf('countyAdminY'))).expect(404);
    await t.request.get('/api/follow-ups').set(bearer(alice.token)).expect(403);
  });

  it('flags the call back overdue after its day, and the reply after its own', async () => {
    clock.set('2027-02-04T02:00:00Z');
    const one = await t.request.get(`/api/follow-ups/${followUpId}`).set(bearer(await tokenOf('leadX'))).expect(200);
    expect(one.body).toMatchObject({ status: 'open', callBackDue: '2027-02-03', replyDue: '2027-02-23', callBackOverdue: true, replyOverdue: false, receiptNo: expect.any(String), stars: 1, comment: '跑了三趟，态度很差' });
  });

  it('is worked in order: call back, then reply; the resident re-rates once after the reply', async () => {
    const lead = await tokenOf('leadX');
    const clerk = await tokenOf('clerkX');
    const early = await t.request.post(`/api/follow-ups/${followUpId}/reply`).set(bearer(clerk)).send({ reply: '已整改窗口服务流程' }).expect(409);
    expect(early.body.error.message).toContain('请先回访');
    const tooSoon = await t.request.post(`/api/applications/${caseId}/rating/again`).set(bearer(alice.token)).send({ stars: 4 }).expect(409);
    expect(tooSoon.body.error.message).toContain('整改答复后才能追评');
    // County admins see follow-ups but do not work them.
    await t.request.post(`/api/follow-ups/${followUpId}/call-back`).set(bearer(await tokenOf('countyAdmin'))).send({ note: '已电话联系' }).expect(403);

    const called = await t.request.post(`/api/follow-ups/${followUpId}/call-back`).set(bearer(lead)).send({ note: '已电话联系居民，了解情况' }).expect(200);
    expect(called.body).toMatchObject({ status: 'called', handledBy: leadX.displayName, callNote: '已电话联系居民，了解情况', calledAt: '2027-02-04T02:00:00.000Z', callBackOverdue: false });
    await t.request.post(`/api/follow-ups/${followUpId}/call-back`).set(bearer(lead)).send({ note: '再次联系' }).expect(409);
    const replied = await t.request.post(`/api/follow-ups/${followUpId}/reply`).set(bearer(clerk)).send({ reply: '已对窗口人员批评教育，推行一次告知' }).expect(200);
    expect(replied.body).toMatchObject({ status: 'replied', reply: '已对窗口人员批评教育，推行一次告知', replyOverdue: false });
    await t.request.post(`/api/follow-ups/${followUpId}/reply`).set(bearer(clerk)).send({ reply: '再次答复内容' }).expect(409);

    const view = await t.request.get(`/api/applications/${caseId}/rating`).set(bearer(alice.token)).expect(200);
    expect(view.body).toMatchObject({ canReRate: true, followUp: { status: 'replied', reply: '已对窗口人员批评教育，推行一次告知' } });
    const again = await t.request.post(`/api/applications/${caseId}/rating/again`).set(bearer(alice.token)).send({ stars: 4, comment: '整改后满意' }).expect(200);
    expect(again.body).toMatchObject({ stars: 1, reStars: 4, reStarsLabel: '满意', reComment: '整改后满意' });
    const third = await t.request.post(`/api/applications/${caseId}/rating/again`).set(bearer(alice.token)).send({ stars: 5 }).expect(409);
    expect(third.body.error.code).toBe('already_re_rated');
    const row = await t.db.prisma.rating.findUniqueOrThrow({ where: { applicationId: caseId } });
    expect(row).toMatchObject({ stars: 1, reStars: 4, reComment: '整改后满意' });
    expect((await t.request.get(`/api/applications/${caseId}/rating`).set(bearer(alice.token)).expect(200)).body.canReRate).toBe(false);
  });

  it('uses the deadlines the city admin sets', async () => {
    const city = await tokenOf('cityAdmin');
    const set = await t.request.put('/api/admin/settings').set(bearer(city)).send({ 'followUp.callBackDays': 2, 'followUp.replyDays': 10 }).expect(200);
    expect(set.body).toEqual({ 'followUp.callBackDays': 2, 'followUp.replyDays': 10, 'complaint.answerDays': 5 });
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'settings.update' } })).toBe(1);
    await t.request.put('/api/admin/settings').set(bearer(await tokenOf('countyAdmin'))).send({ 'followUp.replyDays': 3 }).expect(403);
    const id = await caseOf(t, bob); // Thursday 4 February 2027
    const res = await t.request.post(`/api/applications/${id}/rating`).set(bearer(bob.token)).send(rating(2)).expect(201);
    expect(res.body.followUp).toMatchObject({ callBackDue: '2027-02-08', replyDue: '2027-02-18' });
    await t.request.put('/api/admin/settings').set(bearer(city)).send({ 'followUp.callBackDays': 1, 'followUp.replyDays': 15 }).expect(200);
  });
});

describe('appeals', () => {
  let badRatingId: string;
  let appealId: string;

  beforeAll(async () => {
    const id = await caseOf(t, bob);
    await t.request.post(`/api/applications/${id}/rating`).set(bearer(bob.token)).send(rating(1, '恶意差评')).expect(201);
    badRatingId = (await t.db.prisma.rating.findUniqueOrThrow({ where: { applicationId: id } })).id;
  });

  it('a clerk of the handling queue appeals a 差评 once; others cannot', async () => {
    const good = await t.db.prisma.rating.findFirstOrThrow({ where: { stars: 4, reStars: null } });
    const clerk = await tokenOf('clerkX');
    (await t.request.post(`/api/ratings/${good.id}/appeal`).set(bearer(clerk)).send({ reason: '这是好评不需要申诉' }).expect(409));
    await t.request.post(`/api/ratings/${badRatingId}/appeal`).set(bearer(await tokenOf('clerkY'))).send({ reason: '居民与窗口无关的恶意评价' }).expect(404);
    await t.request.post(`/api/ratings/${badRatingId}/appeal`).set(bearer(await tokenOf('countyAdmin'))).send({ reason: '居民与窗口无关的恶意评价' }).expect(403);
    const res = await t.request.post(`/api/ratings/${badRatingId}/appeal`).set(bearer(clerk)).send({ reason: '居民因与本事项无关的纠纷恶意差评' }).expect(201);
    expect(res.body).toMatchObject({ status: 'pending', statusLabel: '待审核', appealedBy: staff.clerkX.displayName, stars: 1 });
    appealId = res.body.id;
    const twice = await t.request.post(`/api/ratings/${badRatingId}/appeal`).set(bearer(await tokenOf('leadX'))).send({ reason: '再次申诉恶意差评' }).expect(409);
    expect(twice.body.error.code).toBe('already_appealed');
    expect(await t.db.prisma.ratingAppeal.count({ where: { ratingId: badRatingId } })).toBe(1);
  });

  it('the county admin of the county decides once; upheld, the rating is kept but excluded', async () => {
    const other = await tokenOf('countyAdminY');
    expect((await t.request.get('/api/admin/appeals').set(bearer(other)).expect(200)).body.total).toBe(0);
    await t.request.post(`/api/admin/appeals/${appealId}/decision`).set(bearer(other)).send({ upheld: true, decision: '申诉成立' }).expect(404);
    const admin = await tokenOf('countyAdmin');
    const list = await t.request.get('/api/admin/appeals?status=pending').set(bearer(admin)).expect(200);
    expect(list.body.items.map((a: { id: string }) => a.id)).toEqual([appealId]);
    const decided = await t.request.post(`/api/admin/appeals/${appealId}/decision`).set(bearer(admin)).send({ upheld: true, decision: '经核实属恶意评价，申诉成立' }).expect(200);
    expect(decided.body).toMatchObject({ status: 'upheld', decision: '经核实属恶意评价，申诉成立', decidedBy: staff.countyAdmin.displayName });
    const row = await t.db.prisma.rating.findUniqueOrThrow({ where: { id: badRatingId } });
    expect(row.excludedAt).not.toBeNull();
    await t.request.post(`/api/admin/appeals/${appealId}/decision`).set(bearer(await tokenOf('cityAdmin'))).send({ upheld: false, decision: '改判不成立' }).expect(409);
    expect((await t.db.prisma.ratingAppeal.findUniqueOrThrow({ where: { id: appealId } })).status).toBe('upheld');
  });
});

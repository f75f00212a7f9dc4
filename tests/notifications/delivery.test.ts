// Subscribe messages end to end: status changes of 20 cases through the real API owe outbox rows in their own
// transactions; two instances' workers deliver at once to a fake WeChat server that fails the first two sends on
// purpose; each change reaches it exactly once. Then the ways a message is not sent (no consent, 43101, WeChat not
// configured), the token refresh, dead letters with the admins' list and 重试, the rating reminder, and bad input.
import { manualClock } from '../../src-server/platform/clock';
import { openDatabase, type Database } from '../../src-server/platform/db/database';
import { createLogger } from '../../src-server/platform/logger';
import { createServices, type Services } from '../../src-server/services';
import { startOutboxWorker, BACKOFF_MS, MAX_ATTEMPTS, type OutboxWorker } from '../../src-server/notifications/outbox-worker';
import { deliverMessage } from '../../src-server/notifications/deliver-message';
import { startTestApp, testConfig, type TestApp } from '../support/app';
import { applicationBody, delegatedMatter, firstTownship, HUAXIAN, residentWithProfile, uploadedFile, type Resident } from '../support/cases';
import { bearer, staff, staffToken } from '../support/people';
import { FakeWechat } from './fake-wechat';

const clock = manualClock('2026-12-07T02:00:00Z'); // a Monday, 10:00 in Anyang
const wechatFake = new FakeWechat();
const templates = { accepted: 'TPL-accepted-0001', correction: 'TPL-correction-01', finished: 'TPL-finished-0001', refused: 'TPL-refused-00001', answered: 'TPL-answered-0001' };
let t: TestApp;
let second: { services: Services; db: Database | null };
let workers: OutboxWorker[] = [];
let matter: Awaited<ReturnType<typeof delegatedMatter>>;
let township: string;
const clerkAccount = () => ({ username: 'notify-clerk', displayName: '道口镇窗口', role: 'clerk' as const, scopes: [{ kind: 'township' as const, regionCode: township, departmentCode: null }] });
let clerk: string;
let n = 0;
let signedInAt = 0;

beforeAll(async () => {
  await wechatFake.start();
  const wechat = { appId: 'wx0123456789abcdef', secret: 'f'.repeat(32), apiBase: wechatFake.url };
  t = await startTestApp({ seedRegions: true, seedCatalog: true, clock, config: { wechat, wechatTemplates: templates } });
  // A second instance: on PostgreSQL its own connection pool; on the embedded database (one process by design) a
  // second set of services over the same database.
  const config = testConfig({ wechat, wechatTemplates: templates });
  const db = t.db.url ? await openDatabase({ kind: 'postgres', url: t.db.url, poolSize: 5 }) : null;
  second = { db, services: createServices({ config, db: db ?? t.db, logger: createLogger(config.logLevel), clock }) };
  matter = await delegatedMatter(t);
  township = await firstTownship(t, HUAXIAN);
  clerk = await staffToken(t, clerkAccount());
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await second?.db?.close();
  await t?.close();
  await wechatFake.close();
});

/** Both instances' workers, polling rarely: the tests move them with nudges (commits) and drains. */
function startWorkers() {
  workers = [startOutboxWorker(t.services, { pollMs: 3_600_000 }), startOutboxWorker(second.services, { pollMs: 3_600_000 })];
}
const drainBoth = () => Promise.all(workers.map((w) => w.drain()));

async function submitted(who: Resident, consent: string[] | null = ['accepted', 'correction', 'finished', 'refused']) {
  // The manual clock moves by hours and days: a fresh sign-in for the clerk when it did.
  if (clock.now().getTime() !== signedInAt) [clerk, signedInAt] = [await staffToken(t, clerkAccount()), clock.now().getTime()];
  const body = await applicationBody(t, matter, who);
  const c = (await t.request.post('/api/applications').set(bearer(who.token)).set('Idempotency-Key', `notify-case-${++n}-xxxx`).send(body).expect(201)).body;
  if (consent) await t.request.post('/api/me/subscriptions').set(bearer(who.token)).send({ applicationId: c.id, accepted: consent }).expect(201);
  await t.request.post(`/api/applications/${c.id}/claim`).set(bearer(clerk)).expect(200);
  return { ...c, body } as { id: string; receiptNo: string; body: Awaited<ReturnType<typeof applicationBody>> };
}
const act = (id: string, body: object) => t.request.post(`/api/applications/${id}/actions`).set(bearer(clerk)).send(body).expect(200);
const accept = (id: string) => act(id, { action: 'accept' });
const finish = (id: string) => act(id, { action: 'finish', result: { certificateNo: 'HX-0001', delivery: '窗口领取' } });
const refusal = { reason: '申请材料不符合法定形式', legalBasis: '《中华人民共和国行政许可法》第三十二条' };
const sendsFor = (receiptNo: string) => wechatFake.delivered().filter((s) => s.data.character_string1.value === receiptNo);

it('delivers every status change of 20 cases exactly once, with two instances at once and the first two sends failing', async () => {
  startWorkers();
  const residents = await Promise.all([0, 1, 2, 3].map((i) => residentWithProfile(t, `notify-r${i}`, township)));
  const expected: string[] = [];
  await Promise.all(
    Array.from({ length: 20 }, async (_, i) => {
      const who = residents[i % 4];
      const c = await submitted(who);
      const changes: string[] = [];
      if (i % 4 === 0) {
        await accept(c.id);
        await finish(c.id);
        changes.push('已受理', '已办结');
      } else if (i % 4 === 1) {
        await act(c.id, { action: 'reject', ...refusal });
        changes.push('不予受理');
      } else if (i % 4 === 2) {
        const material = c.body.materials[0];
        await act(c.id, { action: 'request_correction', items: [{ kind: 'material', materialId: material.materialId, note: '照片模糊，请重新拍摄' }] });
        const fresh = await uploadedFile(t, { kind: 'resident', id: who.id }, 'clear');
        await t.request.post(`/api/applications/${c.id}/supplement`).set(bearer(who.token)).send({ materials: [{ materialId: material.materialId, uploadIds: [fresh] }] }).expect(200);
        await accept(c.id);
        await act(c.id, { action: 'deny', ...refusal });
        changes.push('需补正', '已受理', '不予许可');
      } else {
        await accept(c.id);
        changes.push('已受理');
      }
      expected.push(...changes.map((status) => `${c.receiptNo}|${status}`));
    }),
  );
  expect(expected).toHaveLength(35);
  // One outbox row per change, written with it.
  expect(await t.db.prisma.outboxMessage.count()).toBe(35);

  await drainBoth();
  // The two that failed wait out their back-off (10 s), then go.
  expect(await t.db.prisma.outboxMessage.count({ where: { status: 'pending' } })).toBe(2);
  const retried = await t.db.prisma.outboxMessage.findMany({ where: { status: 'pending' } });
  expect(retried.map((m) => m.attempts)).toEqual([1, 1]);
  expect(retried.map((m) => m.lastError).sort()).toEqual(['-1 failed on purpose', 'HTTP 500']);
  clock.advance(BACKOFF_MS[0] + 1000);
  await drainBoth();

  const delivered = wechatFake.delivered().map((s) => `${s.data.character_string1.value}|${s.data.phrase3.value}`);
  expect(delivered.sort()).toEqual([...expected].sort());
  expect(new Set(delivered).size).toBe(35);
  expect(wechatFake.sends).toHaveLength(37);
  expect(await t.db.prisma.outboxMessage.count({ where: { status: 'sent' } })).toBe(35);
  // Each message spent exactly one consent of its template; the page opens the case.
  expect(await t.db.prisma.subscribeConsent.count({ where: { usedAt: { not: null } } })).toBe(35);
  const first = wechatFake.delivered()[0];
  expect(first.page).toMatch(/^cases\/detail\?id=[0-9a-f-]{36}$/);
  expect(Object.values(templates)).toContain(first.template_id);
  // All instances share one access token (one fetch).
  expect(wechatFake.tokensIssued).toBe(1);
  // Nothing is sent again later.
  clock.advance(3 * 3600_000);
  await drainBoth();
  expect(wechatFake.delivered()).toHaveLength(35);
});

it('records 43101 as skipped, spends the consent and does not retry', async () => {
  const who = await residentWithProfile(t, 'notify-43101', township);
  wechatFake.noConsent.add('dev:notify-43101'); // the demo sign-in's openid
  const c = await submitted(who, ['accepted']);
  const before = wechatFake.sends.length;
  await accept(c.id);
  await drainBoth();
  const row = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { applicationId: c.id } });
  expect(row).toMatchObject({ status: 'skipped', attempts: 1 });
  expect(row.lastError).toContain('43101');
  expect(await t.db.prisma.subscribeConsent.findFirstOrThrow({ where: { residentId: who.id } })).toMatchObject({ usedFor: row.id, usedAt: expect.any(Date) });
  clock.advance(3 * 3600_000);
  await drainBoth();
  expect(wechatFake.sends.length - before).toBe(1);
});

it('skips a message without calling WeChat when the resident gave no consent', async () => {
  const who = await residentWithProfile(t, 'notify-no-consent', township);
  const c = await submitted(who, null);
  const before = wechatFake.sends.length;
  await accept(c.id);
  await drainBoth();
  const row = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { applicationId: c.id } });
  expect(row.status).toBe('skipped');
  expect(row.lastError).toContain('no consent');
  expect(wechatFake.sends.length).toBe(before);
});

it('refreshes a token WeChat calls expired (42001) once, shared by both instances, and sends', async () => {
  const who = await residentWithProfile(t, 'notify-token', township);
  const c = await submitted(who, ['accepted']);
  const current = (await t.db.prisma.wechatAccessToken.findFirstOrThrow()).token;
  wechatFake.expiredTokens.add(current);
  const issued = wechatFake.tokensIssued;
  await accept(c.id);
  await drainBoth();
  expect(wechatFake.tokensIssued).toBe(issued + 1);
  expect(sendsFor(c.receiptNo)).toHaveLength(1);
  expect(sendsFor(c.receiptNo)[0].token).not.toBe(current);
  expect(await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { applicationId: c.id } })).toMatchObject({ status: 'sent', attempts: 1 });
});

it('gives up after the last back-off (dead, consent given back), lists it for admins and lets the city admin retry it', async () => {
  const who = await residentWithProfile(t, 'notify-broken', township);
  wechatFake.broken.add('dev:notify-broken');
  const c = await submitted(who, ['accepted']);
  await accept(c.id);
  await drainBoth();
  for (const wait of BACKOFF_MS) {
    clock.advance(wait + 1000);
    await drainBoth();
  }
  const row = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { applicationId: c.id } });
  expect(row).toMatchObject({ status: 'dead', attempts: MAX_ATTEMPTS });
  expect(wechatFake.sends.filter((s) => s.touser === 'dev:notify-broken')).toHaveLength(MAX_ATTEMPTS);
  expect(await t.db.prisma.subscribeConsent.findFirstOrThrow({ where: { residentId: who.id } })).toMatchObject({ usedAt: null, usedFor: null });

  const city = await staffToken(t, staff.cityAdmin);
  const huaAdmin = await staffToken(t, { username: 'notify-county-hua', displayName: '滑县管理员', role: 'county_admin', scopes: [{ kind: 'county', regionCode: HUAXIAN, departmentCode: null }] });
  const otherAdmin = await staffToken(t, staff.countyAdmin);
  const list = (await t.request.get('/api/admin/notifications?status=dead').set(bearer(city)).expect(200)).body;
  expect(list.items.find((m: { id: string }) => m.id === row.id)).toMatchObject({ receiptNo: c.receiptNo, eventLabel: '受理通知', attempts: MAX_ATTEMPTS, countyCode: HUAXIAN });
  expect((await t.request.get('/api/admin/notifications?status=dead').set(bearer(huaAdmin)).expect(200)).body.total).toBe(list.total);
  expect((await t.request.get('/api/admin/notifications?status=dead').set(bearer(otherAdmin)).expect(200)).body.items).toEqual([]);
  expect((await t.request.get('/api/admin/notifications?status=skipped').set(bearer(city)).expect(200)).body.total).toBe(2);

  // Only the city admin retries, only a dead message.
  await t.request.post(`/api/admin/notifications/${row.id}/retry`).set(bearer(huaAdmin)).expect(403);
  const sent = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { status: 'sent' } });
  const refused = await t.request.post(`/api/admin/notifications/${sent.id}/retry`).set(bearer(city)).expect(409);
  expect(refused.body.error.message).toBe('只有投递失败的消息可以重发');
  wechatFake.broken.delete('dev:notify-broken');
  await t.request.post(`/api/admin/notifications/${row.id}/retry`).set(bearer(city)).expect(200);
  expect(await t.db.prisma.auditEvent.count({ where: { action: 'notification.retry', subjectId: row.id } })).toBe(1);
  await drainBoth();
  expect(await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'sent', attempts: 1 });
  expect(sendsFor(c.receiptNo)).toHaveLength(1);
});

it('skips every message when WeChat or the template is not configured (demo mode)', async () => {
  const message = { id: '00000000-0000-4000-8000-000000000001', event: 'accepted', residentId: null, attempts: 1, payload: { template: 'accepted' as const, page: 'cases/detail?id=x', data: {} } };
  const ctx = t.services.system('test');
  expect(await deliverMessage({ ...ctx, config: { ...ctx.config, wechat: null } }, message)).toEqual({ status: 'skipped', error: 'WeChat 未配置' });
  const noTemplate = await deliverMessage({ ...ctx, config: { ...ctx.config, wechatTemplates: { ...templates, accepted: null } } }, message);
  expect(noTemplate).toEqual({ status: 'skipped', error: '未配置订阅消息模板（WECHAT_TEMPLATE_ACCEPTED）' });
});

it('owes one rating reminder 7 days after a case ended without a rating, from every instance’s sweep, and writes no rating', async () => {
  const who = await residentWithProfile(t, 'notify-reminder', township);
  const c = await submitted(who, ['accepted', 'finished']);
  await accept(c.id);
  await finish(c.id);
  await drainBoth();
  await Promise.all(workers.map((w) => w.drain({ sweep: true })));
  expect(await t.db.prisma.outboxMessage.count({ where: { event: 'rating_reminder', applicationId: c.id } })).toBe(0);
  clock.advance(7 * 24 * 3600_000 + 60_000);
  await Promise.all(workers.map((w) => w.drain({ sweep: true })));
  await Promise.all(workers.map((w) => w.drain({ sweep: true })));
  const reminders = await t.db.prisma.outboxMessage.findMany({ where: { event: 'rating_reminder', applicationId: c.id } });
  expect(reminders).toHaveLength(1);
  expect(reminders[0]).toMatchObject({ dedupeKey: `rating_reminder:${c.id}`, status: 'skipped' }); // its 办结 consent went to the 办结 message
  expect(await t.db.prisma.rating.count({ where: { applicationId: c.id } })).toBe(0);
});

it('owes the resident a message when a clerk answers their hand-over', async () => {
  const who = await residentWithProfile(t, 'notify-chat', township);
  await t.request.post('/api/me/subscriptions').set(bearer(who.token)).send({ accepted: ['answered'] }).expect(201);
  const chat = (await t.request.post('/api/chat').set(bearer(who.token)).send({ text: '转人工' }).expect(200)).body;
  const ticketId = chat.replies.find((r: { type: string }) => r.type === 'handoff').ticketId as string;
  const city = await staffToken(t, staff.cityAdmin);
  await t.request.post(`/api/consultations/${ticketId}/answer`).set(bearer(city)).send({ text: '请携带身份证到道口镇便民服务中心办理' }).expect(200);
  await drainBoth();
  const row = await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `answered:${ticketId}` } });
  expect(row).toMatchObject({ status: 'sent', residentId: who.id });
  expect(wechatFake.delivered().filter((s) => s.touser === 'dev:notify-chat').map((s) => s.template_id)).toEqual([templates.answered]);
});

describe('bad input on the new routes answers 4xx in the contract’s format and changes nothing', () => {
  it('consents', async () => {
    const who = await residentWithProfile(t, 'notify-bad', township);
    const other = await residentWithProfile(t, 'notify-bad-other', township);
    const theirs = await submitted(other, null);
    const consents = () => t.db.prisma.subscribeConsent.count();
    const before = await consents();
    for (const body of [{}, { accepted: [] }, { accepted: ['nope'] }, { accepted: ['accepted', 'accepted'] }, { accepted: 'accepted' }, { accepted: ['accepted'], applicationId: 'x' }]) {
      const res = await t.request.post('/api/me/subscriptions').set(bearer(who.token)).send(body).expect(400);
      expect(res.body.error).toMatchObject({ code: expect.any(String), message: expect.stringMatching(/[\u4e00-\u9fa5]/), requestId: expect.any(String) });
    }
    const notMine = await t.request.post('/api/me/subscriptions').set(bearer(who.token)).send({ accepted: ['accepted'], applicationId: theirs.id }).expect(404);
    expect(notMine.body.error.message).toBe('没有找到这个办件');
    await t.request.post('/api/me/subscriptions').set(bearer(who.token)).set('Content-Type', 'application/json').send('{"accepted":').expect(400);
    expect(await consents()).toBe(before);
  });

  it('admin list and retry', async () => {
    const city = await staffToken(t, staff.cityAdmin);
    for (const q of ['status=sent', 'status=x', 'page=0', 'page=abc', 'pageSize=1000']) {
      const res = await t.request.get(`/api/admin/notifications?${q}`).set(bearer(city)).expect(400);
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const snapshot = await t.db.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' } });
    await t.request.post('/api/admin/notifications/not-a-uuid/retry').set(bearer(city)).expect(400);
    await t.request.post('/api/admin/notifications/00000000-0000-4000-8000-000000000000/retry').set(bearer(city)).expect(404);
    expect(await t.db.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' } })).toEqual(snapshot);
  });

  it('templates: only the configured ones', async () => {
    const res = await t.request.get('/api/notifications/templates').expect(200);
    expect(res.body.templates.map((x: { key: string; templateId: string }) => [x.key, x.templateId])).toEqual(Object.entries(templates));
  });
});

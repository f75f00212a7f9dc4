// The assistant over HTTP on the seeded Anyang catalog: a conversation that finds 残疾人证, asks which one, keeps
// the focus through follow-ups and answers only from the guide; out-of-scope questions; my cases (never another
// person's); the hand-over to a clerk and back; a second instance continuing a session; bad input; a language
// model that lies.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import supertest from 'supertest';
import { createApp } from '../../src-server/app';
import { createServices } from '../../src-server/services';
import { createLogger } from '../../src-server/platform/logger';
import type { Guide } from '../../src-shared/contracts/catalog';
import type { ChatAnswer, ChatReply } from '../../src-shared/contracts/chat';
import { startTestApp, type TestApp } from '../support/app';
import { bearer, staff, staffToken, villageOfX } from '../support/people';
import { applicationBody, residentWithProfile, type Resident } from '../support/cases';
import type { MatterSource } from '../../src-shared/contracts/catalog-source';
import { createStaffAccount } from '../../src-server/identity/staff-accounts';

let t: TestApp;
let residentA: Resident;
let residentB: Resident;

beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, seedCatalog: true });
  residentA = await residentWithProfile(t, 'chat-a', villageOfX);
  residentB = await residentWithProfile(t, 'chat-b', villageOfX);
});
afterAll(() => t.close());

const textOf = (a: ChatAnswer) => a.replies.filter((r): r is Extract<ChatReply, { type: 'text' }> => r.type === 'text').map((r) => r.text).join('\n');
const reply = <K extends ChatReply['type']>(a: ChatAnswer, type: K) => a.replies.find((r): r is Extract<ChatReply, { type: K }> => r.type === type);

async function ask(text: string, options: { sessionId?: string; token?: string; regionCode?: string } = {}): Promise<ChatAnswer> {
  const req = t.request.post('/api/chat');
  if (options.token) req.set(bearer(options.token));
  const res = await req.send({ text, sessionId: options.sessionId, regionCode: options.regionCode }).expect(200);
  return res.body as ChatAnswer;
}

async function guideNamed(name: string): Promise<Guide> {
  const row = await t.db.prisma.publishedMatter.findFirstOrThrow({ where: { version: 1, name } });
  // The guide as the residents (profile in villageOfX) see it: placed at their township centre or station.
  return (await t.request.get(`/api/matters/${row.matterId}?regionCode=${villageOfX}`).expect(200)).body as Guide;
}

describe('a conversation about 残疾人证', () => {
  let sessionId: string;
  let guide: Guide;

  beforeAll(async () => {
    guide = await guideNamed('残疾人证新办');
  });

  it('我想办残疾证 → the 残疾人证 matters and one question with quick replies', async () => {
    const a = await ask('我想办残疾证', { token: residentA.token });
    sessionId = a.sessionId;
    expect(a.intent).toBe('find');
    expect(a.matterId).toBeNull();
    const names = reply(a, 'matters')!.items.map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['残疾人证新办', '残疾人证换领', '残疾人证挂失补办']));
    expect(names.every((n) => n.startsWith('残疾人证'))).toBe(true);
    expect(reply(a, 'quick_replies')!.options).toEqual(expect.arrayContaining(['新办', '换领', '挂失补办']));
    expect(textOf(a)).toMatch(/哪一项/);
  });

  it('新办 → the focus moves to 残疾人证新办, with its card (guide and apply) and follow-up questions', async () => {
    const a = await ask('新办', { sessionId, token: residentA.token });
    expect(a.sessionId).toBe(sessionId);
    expect(a.matterId).toBe(guide.id);
    expect(reply(a, 'matters')!.items).toEqual([{ id: guide.id, name: '残疾人证新办', department: guide.department.name, handheld: true }]);
    expect(reply(a, 'quick_replies')!.options).toContain('要带什么材料');
    expect(textOf(a)).toContain('残疾人证新办');
  });

  it('要带什么材料 → that matter\'s materials, every name from its guide and none other', async () => {
    const a = await ask('要带什么材料', { sessionId, token: residentA.token });
    expect(a.intent).toBe('materials');
    expect(a.matterId).toBe(guide.id);
    const listed = [...textOf(a).matchAll(/^\d+\. (.+?)（/gm)].map((m) => m[1]);
    expect(listed).toEqual(guide.materials.map((m) => m.name));
    expect(textOf(a)).toContain('「残疾人证新办」');
  });

  it('多久能办好 → its promised limit; 收费吗 → its fees; 在哪办 → its place — all from the guide', async () => {
    const time = await ask('多久能办好', { sessionId, token: residentA.token });
    expect(time.intent).toBe('time');
    expect(textOf(time)).toContain(`承诺 ${guide.promiseLimit.value} 个${guide.promiseLimit.unit}内办结`);
    // 残疾人证新办 has no 法定时限 (none is sourced): the answer says so instead of printing 0 days.
    expect(guide.legalLimit.none).toBe(true);
    expect(textOf(time)).toContain('法律法规未设定法定时限');
    expect(textOf(time)).not.toContain('法定时限 0');
    const fees = await ask('收费吗', { sessionId, token: residentA.token });
    expect(fees.intent).toBe('fees');
    expect(guide.free || guide.fees.length === 0).toBe(true);
    expect(textOf(fees)).toBe('「残疾人证新办」不收费。');
    const place = await ask('那在哪办', { sessionId, token: residentA.token });
    expect(place.intent).toBe('place');
    expect(textOf(place)).toContain(guide.place);
    expect(textOf(place)).toContain(guide.hours);
  });

  it('a new topic moves the focus; 我要申请 offers the apply button of the matter in focus', async () => {
    const a = await ask('社保卡丢了怎么办', { sessionId, token: residentA.token });
    expect(a.intent).toBe('find');
    expect(reply(a, 'quick_replies')!.options).toEqual(expect.arrayContaining(['挂失']));
    const b = await ask('挂失', { sessionId, token: residentA.token });
    expect((await t.db.prisma.publishedMatter.findFirstOrThrow({ where: { version: 1, matterId: b.matterId! } })).name).toBe('社会保障卡挂失');
    const c = await ask('我要申请', { sessionId, token: residentA.token });
    expect(c.intent).toBe('apply');
    expect(reply(c, 'matters')!.items[0]).toMatchObject({ id: b.matterId, handheld: true });
  });

  it('keeps the conversation in the database: another instance on the same database continues it', async () => {
    const config = t.services.config;
    const other = supertest(createApp(createServices({ config, db: t.db, logger: createLogger(config.logLevel) })).callback());
    const res = await other.post('/api/chat').set(bearer(residentA.token)).send({ sessionId, text: '收费吗' }).expect(200);
    expect(res.body.sessionId).toBe(sessionId);
    expect(res.body.intent).toBe('fees');
    expect(textOf(res.body)).toContain('社会保障卡挂失');
    const history = await t.request.get(`/api/chat/${sessionId}`).set(bearer(residentA.token)).expect(200);
    expect(history.body.turns.map((x: { author: string }) => x.author).slice(0, 4)).toEqual(['resident', 'assistant', 'resident', 'assistant']);
    expect(history.body.turns[0].text).toBe('我想办残疾证');
  });

  it('nobody else reads or continues it: another resident starts afresh, and reading it is 404', async () => {
    await t.request.get(`/api/chat/${sessionId}`).set(bearer(residentB.token)).expect(404);
    await t.request.get(`/api/chat/${sessionId}`).expect(404);
    const b = await ask('收费吗', { sessionId, token: residentB.token });
    expect(b.sessionId).not.toBe(sessionId);
    expect(b.matterId).toBeNull();
  });
});

describe('outside government services', () => {
  it.each(['帮我订外卖', '今天天气怎么样'])('%s gets the out-of-scope answer, not a matter, and is logged for admins', async (text) => {
    const a = await ask(text);
    expect(a.intent).toBe('out_of_scope');
    expect(reply(a, 'matters')).toBeUndefined();
    expect(textOf(a)).toMatch(/不在政务服务范围/);
    expect(reply(a, 'quick_replies')!.options).toContain('转人工');
    await t.services.search.flush();
    const logged = await t.db.prisma.searchQuery.findFirst({ where: { source: 'chat', text } });
    expect(logged).toMatchObject({ resultCount: 0 });
  });

  it('the admins\' list of misses shows chat turns beside searches, tagged as such', async () => {
    const admin = await staffToken(t, staff.cityAdmin);
    const res = await t.request.get('/api/admin/search/unfound').set(bearer(admin)).expect(200);
    expect(res.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ text: '帮我订外卖', sources: ['chat'] })]));
  });

  it('greetings and thanks are answered as such', async () => {
    expect((await ask('你好')).intent).toBe('greeting');
    expect((await ask('谢谢')).intent).toBe('thanks');
  });
});

describe('my cases', () => {
  it('我的残疾证办到哪了 gives the resident their case with its status and date; another resident\'s never appears', async () => {
    const row = await t.db.prisma.publishedMatter.findFirstOrThrow({ where: { version: 1, name: '残疾人证新办' } });
    const body = await applicationBody(t, { id: row.matterId, content: row.content as unknown as MatterSource }, residentA);
    const created = await t.request.post('/api/applications').set(bearer(residentA.token)).set('Idempotency-Key', 'chat-case-1').send(body).expect(201);
    const mine = await ask('我的残疾证办到哪了', { token: residentA.token });
    expect(mine.intent).toBe('progress');
    const cases = reply(mine, 'cases')!.items;
    expect(cases).toEqual([expect.objectContaining({ id: created.body.id, receiptNo: created.body.receiptNo, statusName: '待受理' })]);
    expect(cases[0].next).toContain(created.body.acceptDue);
    const theirs = await ask('我的残疾证办到哪了', { token: residentB.token });
    expect(theirs.intent).toBe('progress');
    expect(reply(theirs, 'cases')).toBeUndefined();
    expect(JSON.stringify(theirs)).not.toContain(created.body.receiptNo);
    const anonymous = await ask('我的残疾证办到哪了');
    expect(textOf(anonymous)).toMatch(/请先登录/);
  });
});

describe('hand-over to a person', () => {
  it('转人工 opens a ticket in the queue routing names; the clerk answers; the resident sees it in the chat', async () => {
    const first = await ask('残疾人证新办要带什么材料', { token: residentB.token });
    const sessionId = first.sessionId;
    const handoff = await ask('转人工', { sessionId, token: residentB.token });
    expect(handoff.intent).toBe('handoff');
    const ticketReply = reply(handoff, 'handoff')!;
    const ticket = await t.db.prisma.consultationTicket.findUniqueOrThrow({ where: { id: ticketReply.ticketId } });
    const route = await t.request.get(`/api/routing/preview?matterId=${first.matterId}&regionCode=${villageOfX}`).expect(200);
    expect(ticket).toMatchObject({ queueId: route.body.queue.id, matterId: first.matterId, reason: 'asked', question: '残疾人证新办要带什么材料', status: 'open' });
    expect(ticketReply.queueName).toBe(route.body.queue.name);
    // Asking again does not open a second ticket.
    const again = await ask('转人工', { sessionId, token: residentB.token });
    expect(reply(again, 'handoff')!.ticketId).toBe(ticket.id);
    expect(await t.db.prisma.consultationTicket.count({ where: { sessionId } })).toBe(1);

    // A clerk of that queue sees it and answers; a clerk of another township does not see it.
    const [kind, region, department] = ticket.queueId.split(':');
    const scope = kind === 'county_department' ? { kind, regionCode: region, departmentCode: department } : { kind, regionCode: region, departmentCode: null };
    await createStaffAccount(t.services.system('test'), { username: 'ticket-clerk', displayName: '残联窗口', role: 'clerk', scopes: [scope as never], password: 'correct horse battery' });
    const clerk = (await t.request.post('/api/auth/staff').send({ username: 'ticket-clerk', password: 'correct horse battery' }).expect(200)).body.token;
    const list = await t.request.get('/api/consultations').set(bearer(clerk)).expect(200);
    expect(list.body.items.map((x: { id: string }) => x.id)).toContain(ticket.id);
    const clerkY = await staffToken(t, staff.clerkY);
    await t.request.get(`/api/consultations/${ticket.id}`).set(bearer(clerkY)).expect(404);
    expect((await t.request.get('/api/consultations').set(bearer(clerkY)).expect(200)).body.items).toEqual([]);
    const detail = await t.request.get(`/api/consultations/${ticket.id}`).set(bearer(clerk)).expect(200);
    expect(detail.body.conversation.map((x: { text: string }) => x.text)).toContain('残疾人证新办要带什么材料');
    await t.request.post(`/api/consultations/${ticket.id}/answer`).set(bearer(clerk)).send({ text: '' }).expect(400);
    const answered = await t.request.post(`/api/consultations/${ticket.id}/answer`).set(bearer(clerk)).send({ text: '请带身份证和户口簿到村便民服务站，我们帮您提交。' }).expect(200);
    expect(answered.body).toMatchObject({ status: 'answered', answeredBy: '残联窗口' });
    await t.request.post(`/api/consultations/${ticket.id}/answer`).set(bearer(clerk)).send({ text: '再答复一次' }).expect(409);
    const history = await t.request.get(`/api/chat/${sessionId}`).set(bearer(residentB.token)).expect(200);
    const last = history.body.turns[history.body.turns.length - 1];
    expect(last).toMatchObject({ author: 'clerk', text: '请带身份证和户口簿到村便民服务站，我们帮您提交。' });
    const handoffs = history.body.turns.flatMap((x: { replies: ChatReply[] }) => x.replies).filter((r: ChatReply) => r.type === 'handoff');
    expect(handoffs.map((r: { status: string }) => r.status)).toEqual(['answered', 'answered']);
    expect(await t.db.prisma.auditEvent.count({ where: { subjectId: ticket.id } })).toBe(2);
  });

  it('three failed turns in a row hand the conversation over by themselves', async () => {
    const a = await ask('帮我订外卖', { token: residentA.token });
    await ask('今天天气怎么样', { sessionId: a.sessionId, token: residentA.token });
    const third = await ask('给我讲个笑话', { sessionId: a.sessionId, token: residentA.token });
    const handoff = reply(third, 'handoff');
    expect(handoff).toBeDefined();
    expect(await t.db.prisma.consultationTicket.findUniqueOrThrow({ where: { id: handoff!.ticketId } })).toMatchObject({ reason: 'failed_turns', queueId: `township:${villageOfX.slice(0, 9)}` });
  });
});

describe('bad input', () => {
  it.each([
    [{}, 'text'],
    [{ text: '   ' }, 'text'],
    [{ text: '问'.repeat(201) }, 'text'],
    [{ text: '你好', sessionId: 'not-a-uuid' }, 'sessionId'],
    [{ text: '你好', regionCode: '41' }, 'regionCode'],
  ])('bad body #%# answers 400 at the field, in Chinese, and writes nothing', async (body, field) => {
    const before = await t.db.prisma.chatTurn.count();
    const res = await t.request.post('/api/chat').send(body).expect(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(res.body.error.details[0].message).toMatch(/[\u4e00-\u9fff]/);
    expect(await t.db.prisma.chatTurn.count()).toBe(before);
  });

  it('an expired token is refused rather than answered as a stranger', async () => {
    await t.request.post('/api/chat').set(bearer('no-such-token')).send({ text: '你好' }).expect(401);
  });
});

describe('with a language model that lies', () => {
  let fake: http.Server;
  let lm: TestApp;
  beforeAll(async () => {
    fake = http.createServer((req, res) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ choices: [{ message: { content: '残疾人证新办收费 50 元，请带村委会证明。' } }] }));
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}/v1`;
    lm = await startTestApp({ seedRegions: true, seedCatalog: true, config: { languageModel: { baseUrl, apiKey: null, model: 'fake', timeoutMs: 1000 } } });
  });
  afterAll(async () => {
    await lm.close();
    await new Promise((resolve) => fake.close(resolve));
  });

  it('the reply carries the template answer, not the invented fee', async () => {
    const a = (await supertest(lm.app.callback()).post('/api/chat').send({ text: '残疾人证新办收费吗' }).expect(200)).body as ChatAnswer;
    expect(a.intent).toBe('fees');
    expect(textOf(a)).toBe('「残疾人证新办」不收费。');
    // (Ids are left out: a UUID may hold the digits 50.)
    expect(JSON.stringify(a.replies.filter((r) => r.type !== 'matters'))).not.toMatch(/50|村委会证明/);
  });
});

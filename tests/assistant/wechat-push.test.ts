// WeChat message push (GET|POST /wechat/push) against a fake WeChat server on loopback: the URL check, WeChat's
// published encryption samples, plain and safe pushes as XML and JSON, a retried push answered once, the
// 5-in-48-hours allowance, and the access token shared and refreshed across instances.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { appRoutes } from '../../src-server/app';
import { manualClock } from '../../src-server/platform/clock';
import { openDatabase, type Database } from '../../src-server/platform/db/database';
import { createServices, type Services } from '../../src-server/services';
import { wechatPushRoutes } from '../../src-server/assistant/wechat/routes';
import { pushWork } from '../../src-server/assistant/wechat/push-work';
import { decryptPush, encryptPush, pushSignature } from '../../src-server/assistant/wechat/push-crypto';
import { answerUrlCheck } from '../../src-server/assistant/wechat/push-envelope';
import { repliesAsText } from '../../src-server/assistant/replies-text';
import { customerTextParts, maxTextBytes, sendCustomerText } from '../../src-server/assistant/wechat/customer-messages';
import { textOnlyNotice } from '../../src-server/assistant/wechat/receive-push';
import type { ChatReply } from '../../src-shared/contracts/chat';
import type { UseCaseContext } from '../../src-server/platform/use-case';
import { startTestApp, type TestApp } from '../support/app';

// Tencent's published WXBizMsgCrypt sample values: Java/src/com/qq/weixin/mp/aes/WXBizMsgCryptTest.java in the
// official demo (wximg.gtimg.com/shake_tv/mpwiki/cryptoDemo.zip), the same in the PHP/Python/C# demos.
const sample = {
  token: 'pamtest',
  aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  appId: 'wxb11529c136998cb6',
  timestamp: '1409304348',
  nonce: 'xxxxxx',
  randomStr: 'aaaabbbbccccdddd',
  replyMsg: '我是中文abcd123',
  afterAesEncrypt: 'jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==',
  replyMsg2:
    '<xml><ToUserName><![CDATA[oia2Tj我是中文jewbmiOUlr6X-1crbLOvLw]]></ToUserName><FromUserName><![CDATA[gh_7f083739789a]]></FromUserName><CreateTime>1407743423</CreateTime><MsgType><![CDATA[video]]></MsgType><Video><MediaId><![CDATA[eYJ1MbwPRJtOvIEabaxHs7TX2D-HV71s79GUxqdUkjm6Gs2Ed1KF3ulAOA9H1xG0]]></MediaId><Title><![CDATA[testCallBackReplyVideo]]></Title><Description><![CDATA[testCallBackReplyVideo]]></Description></Video></xml>',
  afterAesEncrypt2:
    'jn1L23DB+6ELqJ+6bruv23M2GmYfkv0xBh2h+XTBOKVKcgDFHle6gqcZ1cZrk3e1qjPQ1F4RsLWzQRG9udbKWesxlkupqcEcW7ZQweImX9+wLMa0GaUzpkycA8+IamDBxn5loLgZpnS7fVAbExOkK5DYHBmv5tptA9tklE/fTIILHR8HLXa5nQvFb3tYPKAlHF3rtTeayNf0QuM+UW/wM9enGIDIJHF7CLHiDNAYxr+r+OrJCmPQyTy8cVWlu9iSvOHPT/77bZqJucQHQ04sq7KZI27OcqpQNSto2OdHCoTccjggX5Z9Mma0nMJBU+jLKJ38YB1fBIz+vBzsYjrTmFQ44YfeEuZ+xRTQwr92vhA9OxchWVINGC50qE/6lmkwWTwGX9wtQpsJKhP+oS7rvTY8+VdzETdfakjkwQ5/Xka042OlUb1/slTwo4RscuQ+RdxSGvDahxAJ6+EAjLt9d8igHngxIbf6YyqqROxuxqIeIch3CssH/LqRs+iAcILvApYZckqmA7FNERspKA5f8GoJ9sv8xmGvZ9Yrf57cExWtnX8aCMMaBropU/1k+hKP5LVdzbWCG0hGwx/dQudYR/eXp3P0XxjlFiy+9DMlaFExWUZQDajPkdPrEeOwofJb',
};
// The same demo's testVerifyUrl: a URL check signed with msg_signature over an encrypted echostr.
const verifyUrlSample = {
  token: 'QDG6eK',
  aesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
  appId: 'wx5823bf96d3bd56c7',
  msg_signature: '5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3',
  timestamp: '1409659589',
  nonce: '263014780',
  echostr: 'P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==',
};

// ---- the fake WeChat server ----
interface Sent {
  accessToken: string;
  touser: string;
  content: string;
  errcode: number;
}
const wx = {
  tokenCalls: 0,
  /** Tokens the send API answers with 42001 (expired). */
  expired: new Set<string>(),
  sends: [] as Sent[],
  /** How long the token API takes: room for a second instance to arrive while the first refreshes. */
  tokenDelayMs: 0,
};
let fake: http.Server;
let fakeBase: string;
beforeAll(async () => {
  fake = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      res.setHeader('Content-Type', 'application/json');
      if (url.pathname === '/cgi-bin/token') {
        const ok = url.searchParams.get('appid') === sample.appId && url.searchParams.get('secret') === '0123456789abcdef0123456789abcdef'
          && url.searchParams.get('grant_type') === 'client_credential';
        wx.tokenCalls += 1;
        const n = wx.tokenCalls;
        setTimeout(() => res.end(JSON.stringify(ok ? { access_token: `TOKEN-${n}`, expires_in: 7200 } : { errcode: 40013, errmsg: 'invalid appid' })), wx.tokenDelayMs);
        return;
      }
      if (url.pathname === '/cgi-bin/message/custom/send') {
        const accessToken = url.searchParams.get('access_token') ?? '';
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { touser: string; msgtype: string; text: { content: string } };
        const errcode = wx.expired.has(accessToken) ? 42001 : body.msgtype === 'text' ? 0 : 40008;
        wx.sends.push({ accessToken, touser: body.touser, content: body.text.content, errcode });
        res.end(JSON.stringify({ errcode, errmsg: errcode ? 'access_token expired' : 'ok' }));
        return;
      }
      res.end(JSON.stringify({ errcode: 404 }));
    });
  });
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  fakeBase = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => fake.close(resolve)));

// ---- the injected assistant ----
const asked: Array<{ openid: string; text: string }> = [];
const fakeReplies = (text: string): ChatReply[] => [
  { type: 'text', text: `关于“${text}”，为您找到：` },
  { type: 'matters', items: [{ id: 'm1', name: '居民身份证换领', department: '市公安局', handheld: true }] },
  { type: 'quick_replies', options: ['新办', '换领'] },
];
const rendered = (text: string) => `关于“${text}”，为您找到：\n\n1. 居民身份证换领（市公安局）\n\n您可以回复：新办 / 换领`;
const fakeAnswer = async (_ctx: UseCaseContext, input: { openid: string; text: string }) => {
  asked.push(input);
  return fakeReplies(input.text);
};
/** The app's routes with the push routes answered by the fake assistant (the app wires in the real one). */
const withFakeAssistant = (services: Services) => [
  ...appRoutes(services).filter((r) => r.path !== '/wechat/push'),
  ...wechatPushRoutes(services, fakeAnswer),
];

// ---- pushes as WeChat sends them ----
type Fields = Record<string, string | number>;
let nonceSeq = 0;
let msgSeq = 0;
const nextMsgId = () => String(24000000000000000n + BigInt(++msgSeq));
const textMessage = (openid: string, content: string, msgId = nextMsgId()): Fields => ({
  ToUserName: 'gh_a1b2c3d4e5f6', FromUserName: openid, CreateTime: 1765170000, MsgType: 'text', Content: content, MsgId: msgId,
});
const xmlOf = (fields: Fields) =>
  `<xml>${Object.entries(fields).map(([k, v]) => (typeof v === 'number' || k === 'MsgId' ? `<${k}>${v}</${k}>` : `<${k}><![CDATA[${v}]]></${k}>`)).join('')}</xml>`;
/** JSON as WeChat writes it: MsgId a bare 64-bit number (which JSON.parse alone would round). */
const jsonOf = (fields: Fields) =>
  `{${Object.entries(fields).map(([k, v]) => `"${k}":${typeof v === 'number' || k === 'MsgId' ? v : JSON.stringify(v)}`).join(',')}}`;

interface Push {
  query: Record<string, string>;
  body: string;
  type: string;
}
function plainQuery(openid: string): Record<string, string> {
  const timestamp = '1765170000';
  const nonce = `n${++nonceSeq}`;
  return { signature: pushSignature(sample.token, timestamp, nonce), timestamp, nonce, openid };
}
const plainXml = (fields: Fields): Push => ({ query: plainQuery(String(fields.FromUserName)), body: xmlOf(fields), type: 'text/xml' });
const plainJson = (fields: Fields): Push => ({ query: plainQuery(String(fields.FromUserName)), body: jsonOf(fields), type: 'application/json' });
function safe(fields: Fields, format: 'xml' | 'json', appId = sample.appId): Push {
  const encrypted = encryptPush(sample.aesKey, appId, format === 'xml' ? xmlOf(fields) : jsonOf(fields));
  const query = plainQuery(String(fields.FromUserName));
  query.encrypt_type = 'aes';
  query.msg_signature = pushSignature(sample.token, query.timestamp, query.nonce, encrypted);
  const body = format === 'xml'
    ? `<xml><ToUserName><![CDATA[${fields.ToUserName}]]></ToUserName><Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>`
    : JSON.stringify({ ToUserName: fields.ToUserName, Encrypt: encrypted });
  return { query, body, type: format === 'xml' ? 'text/xml' : 'application/json' };
}

const clock = manualClock('2026-12-08T02:00:00.000Z');
let t: TestApp;
const post = (push: Push) => t.request.post('/wechat/push').query(push.query).set('Content-Type', push.type).send(push.body);
const sendsTo = (openid: string) => wx.sends.filter((s) => s.touser === openid && s.errcode === 0);
const askedBy = (openid: string) => asked.filter((a) => a.openid === openid);
const ctx = () => t.services.system('test');

beforeAll(async () => {
  t = await startTestApp({
    clock,
    config: {
      wechatPush: { token: sample.token, aesKey: sample.aesKey },
      wechat: { appId: sample.appId, secret: '0123456789abcdef0123456789abcdef', apiBase: fakeBase },
      demo: false,
    },
    routes: withFakeAssistant,
  });
});
afterAll(async () => {
  await pushWork.idle();
  await t.close();
});

describe("WeChat's published samples", () => {
  it('reproduces the official AES samples exactly, both ways', () => {
    const random = Buffer.from(sample.randomStr);
    expect(encryptPush(sample.aesKey, sample.appId, sample.replyMsg, random)).toBe(sample.afterAesEncrypt);
    expect(encryptPush(sample.aesKey, sample.appId, sample.replyMsg2, random)).toBe(sample.afterAesEncrypt2);
    expect(decryptPush(sample.aesKey, sample.afterAesEncrypt)).toEqual({ message: sample.replyMsg, appId: sample.appId });
    expect(decryptPush(sample.aesKey, sample.afterAesEncrypt2)).toEqual({ message: sample.replyMsg2, appId: sample.appId });
  });

  it('accepts the official msg_signature of the URL-check sample and answers its decrypted echostr', () => {
    const { token, aesKey, appId, ...query } = verifyUrlSample;
    expect(pushSignature(token, query.timestamp, query.nonce, query.echostr)).toBe(query.msg_signature);
    expect(answerUrlCheck({ token, aesKey }, appId, query)).toBe('1616140317555161061');
    expect(() => answerUrlCheck({ token, aesKey }, 'wx0000000000000000', query)).toThrow(/不是发给本小程序/);
    expect(() => answerUrlCheck({ token, aesKey }, appId, { ...query, nonce: '263014781' })).toThrow(/签名校验失败/);
  });

  it('decrypts what it encrypts, for every padding length and for Chinese', () => {
    for (let n = 0; n < 70; n++) {
      const message = '办'.repeat(n % 7) + 'x'.repeat(n);
      const encrypted = encryptPush(sample.aesKey, sample.appId, message);
      expect(Buffer.from(encrypted, 'base64').length % 32).toBe(0);
      expect(decryptPush(sample.aesKey, encrypted)).toEqual({ message, appId: sample.appId });
    }
    expect(decryptPush(sample.aesKey, 'not-a-message')).toBeNull();
  });
});

describe('GET /wechat/push (URL check)', () => {
  it('answers echostr as text/plain when the signature is right', async () => {
    const res = await t.request.get('/wechat/push').query({ ...plainQuery('x'), echostr: '4075181314397890557' }).expect(200);
    expect(res.type).toBe('text/plain');
    expect(res.text).toBe('4075181314397890557');
  });

  it('answers the decrypted echostr of a safe-mode check', async () => {
    const q = plainQuery('x');
    const echostr = encryptPush(sample.aesKey, sample.appId, '7316381431');
    const res = await t.request.get('/wechat/push')
      .query({ timestamp: q.timestamp, nonce: q.nonce, echostr, msg_signature: pushSignature(sample.token, q.timestamp, q.nonce, echostr) })
      .expect(200);
    expect(res.text).toBe('7316381431');
  });

  it('refuses a wrong or missing signature with 401 in the contract format', async () => {
    const res = await t.request.get('/wechat/push').query({ ...plainQuery('x'), signature: 'f'.repeat(40), echostr: 'e' }).expect(401);
    expect(res.body.error).toMatchObject({ code: 'wechat_bad_signature', message: expect.stringContaining('签名校验失败'), requestId: expect.any(String) });
    await t.request.get('/wechat/push').query({ echostr: 'e' }).expect(401);
  });
});

describe('POST /wechat/push', () => {
  it.each([
    ['plain XML', (f: Fields) => plainXml(f)],
    ['safe XML', (f: Fields) => safe(f, 'xml')],
    ['plain JSON', (f: Fields) => plainJson(f)],
    ['safe JSON', (f: Fields) => safe(f, 'json')],
  ])('answers success at once, then sends the assistant reply once (%s)', async (name, make) => {
    const openid = `o-format-${name.replace(' ', '-')}`;
    const res = await post(make(textMessage(openid, '身份证到期了怎么办'))).expect(200);
    expect(res.type).toBe('text/plain');
    expect(res.text).toBe('success');
    await pushWork.idle();
    expect(askedBy(openid)).toEqual([{ openid, text: '身份证到期了怎么办' }]);
    expect(sendsTo(openid).map((s) => s.content)).toEqual([rendered('身份证到期了怎么办')]);
    const session = await t.db.prisma.chatSession.findUniqueOrThrow({ where: { wechatOpenid: openid } });
    expect(session).toMatchObject({ channel: 'wechat', wechatRepliesSent: 1, wechatInboundAt: clock.now() });
  });

  it('keeps 64-bit MsgIds apart that a JSON number would round to the same value', async () => {
    const openid = 'o-bigint';
    // 2^54 < these < 2^55: as doubles both are 23851094578475548.
    await post(plainJson(textMessage(openid, '第一条', '23851094578475549'))).expect(200);
    await post(plainJson(textMessage(openid, '第二条', '23851094578475550'))).expect(200);
    await pushWork.idle();
    expect(askedBy(openid).map((a) => a.text)).toEqual(['第一条', '第二条']);
    expect(await t.db.prisma.wechatPushMessage.findMany({ where: { openid }, select: { msgKey: true }, orderBy: { msgKey: 'asc' } }))
      .toEqual([{ msgKey: 'msg:23851094578475549' }, { msgKey: 'msg:23851094578475550' }]);
  });

  it('answers a retried MsgId once: three times in a row, and three at the same moment', async () => {
    const openid = 'o-replay';
    const again = plainXml(textMessage(openid, '低保怎么申请'));
    for (let i = 0; i < 3; i++) expect((await post(again).expect(200)).text).toBe('success');
    const concurrent = safe(textMessage(openid, '残疾证怎么办'), 'xml');
    const answers = await Promise.all([post(concurrent), post(concurrent), post(concurrent)]);
    expect(answers.map((r) => [r.status, r.text])).toEqual(Array(3).fill([200, 'success']));
    await pushWork.idle();
    expect(askedBy(openid).map((a) => a.text)).toEqual(['低保怎么申请', '残疾证怎么办']);
    expect(sendsTo(openid).map((s) => s.content)).toEqual([rendered('低保怎么申请'), rendered('残疾证怎么办')]);
    expect(await t.db.prisma.wechatPushMessage.count({ where: { openid } })).toBe(2);
  });

  it('greets a user entering the chat once per event (sender + time), through the assistant with 你好', async () => {
    const openid = 'o-enter';
    const event = { ToUserName: 'gh_a1b2c3d4e5f6', FromUserName: openid, CreateTime: 1765170001, MsgType: 'event', Event: 'user_enter_tempsession', SessionFrom: 'home' };
    await Promise.all([post(plainXml(event)), post(plainXml(event))]);
    await pushWork.idle();
    expect(askedBy(openid)).toEqual([{ openid, text: '你好' }]);
    expect(sendsTo(openid).map((s) => s.content)).toEqual([rendered('你好')]);
  });

  it('answers an image (or any non-text message) with a text-only notice, without asking the assistant', async () => {
    const openid = 'o-image';
    await post(plainXml({ ToUserName: 'gh_a1b2c3d4e5f6', FromUserName: openid, CreateTime: 1765170002, MsgType: 'image', PicUrl: 'http://x/y.jpg', MediaId: 'm', MsgId: nextMsgId() })).expect(200);
    await pushWork.idle();
    expect(askedBy(openid)).toEqual([]);
    expect(sendsTo(openid).map((s) => s.content)).toEqual([textOnlyNotice]);
    expect(textOnlyNotice).toBe('目前只能回答文字问题，请用文字描述您要办的事');
  });

  it('changes nothing for a bad signature, a tampered message or another app, and refuses a body over 1 MB', async () => {
    const before = async () => ({
      pushes: await t.db.prisma.wechatPushMessage.count(),
      sessions: await t.db.prisma.chatSession.count(),
      asked: asked.length,
      sends: wx.sends.length,
    });
    const snapshot = await before();
    const openid = 'o-forged';
    const forgedPlain = plainXml(textMessage(openid, '伪造'));
    forgedPlain.query.signature = pushSignature('wrong-token', forgedPlain.query.timestamp, forgedPlain.query.nonce);
    const res = await post(forgedPlain).expect(401);
    expect(res.body.error).toMatchObject({ code: 'wechat_bad_signature', message: expect.stringContaining('签名校验失败') });
    const forgedSafe = safe(textMessage(openid, '伪造'), 'json');
    forgedSafe.query.msg_signature = 'a'.repeat(40);
    await post(forgedSafe).expect(401);
    // A body swapped under a valid query: msg_signature covers Encrypt.
    const tampered = safe(textMessage(openid, '伪造'), 'xml');
    tampered.body = safe(textMessage(openid, '另一条'), 'xml').body;
    await post(tampered).expect(401);
    const foreign = await post(safe(textMessage(openid, '别的小程序'), 'xml', 'wx0000000000000000')).expect(403);
    expect(foreign.body.error.message).toContain('不是发给本小程序');
    const unreadable = plainXml(textMessage(openid, 'x'));
    unreadable.body = '<xml><FromUserName>';
    expect((await post(unreadable).expect(400)).body.error.message).toContain('无法解析');
    const big = plainXml(textMessage(openid, '长'.repeat(400_000)));
    expect((await post(big).expect(413)).body.error.message).toContain('1 MB');
    await pushWork.idle();
    expect(await before()).toEqual(snapshot);
  });
});

describe('customer-service sends', () => {
  it('sends at most 5 messages after a user message; the next message opens 5 more', async () => {
    const openid = 'o-limit';
    await post(plainXml(textMessage(openid, '第一问'))).expect(200);
    await pushWork.idle();
    const results = [];
    for (let i = 2; i <= 6; i++) results.push(await sendCustomerText(ctx(), openid, `第 ${i} 条答复`));
    expect(results).toEqual(['sent', 'sent', 'sent', 'sent', 'over_limit']);
    expect(sendsTo(openid)).toHaveLength(5);
    await post(plainXml(textMessage(openid, '第二问'))).expect(200);
    await pushWork.idle();
    expect(sendsTo(openid)).toHaveLength(6);
    expect((await t.db.prisma.chatSession.findUniqueOrThrow({ where: { wechatOpenid: openid } })).wechatRepliesSent).toBe(1);
  });

  it('never sends more than five, even when replies race', async () => {
    const openid = 'o-limit-race';
    await post(plainXml(textMessage(openid, '问'))).expect(200);
    await pushWork.idle();
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => sendCustomerText(ctx(), openid, `答复 ${i}`)));
    expect(results.filter((r) => r === 'sent')).toHaveLength(4);
    expect(results.filter((r) => r === 'over_limit')).toHaveLength(4);
    expect(sendsTo(openid)).toHaveLength(5);
  });

  it('sends nothing 48 hours after the user last wrote', async () => {
    const openid = 'o-window';
    await post(plainXml(textMessage(openid, '问'))).expect(200);
    await pushWork.idle();
    clock.advance(47 * 3600_000);
    expect(await sendCustomerText(ctx(), openid, '47 小时后')).toBe('sent');
    clock.advance(3600_000 + 1000);
    expect(await sendCustomerText(ctx(), openid, '48 小时后')).toBe('over_limit');
    expect(sendsTo(openid).map((s) => s.content)).toEqual([rendered('问'), '47 小时后']);
    // Nobody who never wrote can be sent to either.
    expect(await sendCustomerText(ctx(), 'o-never-wrote', '你好')).toBe('over_limit');
  });

  it('splits a text longer than 2048 bytes between lines, and cuts what would take more than 3 messages', async () => {
    const lines = Array.from({ length: 12 }, (_, i) => `${i + 1}. ${'办事指南'.repeat(20)}`); // about 2,900 bytes
    const parts = customerTextParts(lines.join('\n'));
    expect(parts.length).toBe(2);
    expect(parts.every((p) => Buffer.byteLength(p) <= maxTextBytes)).toBe(true);
    expect(parts.join('\n')).toBe(lines.join('\n'));
    const huge = customerTextParts('很长'.repeat(5000));
    expect(huge).toHaveLength(3);
    expect(huge.every((p) => Buffer.byteLength(p) <= maxTextBytes)).toBe(true);
    expect(huge[2]).toMatch(/内容较长，请在小程序中查看全文）$/);
    const openid = 'o-long';
    await post(plainXml(textMessage(openid, '问'))).expect(200);
    await pushWork.idle();
    expect(await sendCustomerText(ctx(), openid, lines.join('\n'))).toBe('sent');
    expect(sendsTo(openid).slice(1).map((s) => s.content)).toEqual(parts);
  });

  it('says not_configured when WeChat is not configured', async () => {
    const services = t.services;
    const unconfigured = { ...services.system('test'), config: { ...services.config, wechat: null } };
    expect(await sendCustomerText(unconfigured, 'o-limit', '你好')).toBe('not_configured');
  });
});

describe('the access token', () => {
  it('is refreshed once when it has less than 5 minutes left, and the new one is shared by two instances', async () => {
    const openid = 'o-token';
    await post(plainXml(textMessage(openid, '问'))).expect(200);
    await pushWork.idle();
    const row = await t.db.prisma.wechatAccessToken.findUniqueOrThrow({ where: { appId: sample.appId } });
    await t.db.prisma.wechatAccessToken.update({ where: { appId: sample.appId }, data: { expiresAt: new Date(clock.now().getTime() + 4 * 60_000) } });

    // A second instance: its own services (and, on a server, its own connection pool) on the same database.
    let otherDb: Database | undefined;
    let other: Services;
    if (t.db.url) {
      otherDb = await openDatabase({ kind: 'postgres', url: t.db.url, poolSize: 3 });
      other = createServices({ config: t.services.config, db: otherDb, logger: t.services.logger, clock });
    } else {
      other = createServices({ config: t.services.config, db: t.db, logger: t.services.logger, clock });
    }
    try {
      const calls = wx.tokenCalls;
      wx.tokenDelayMs = 300;
      const results = await Promise.all([
        sendCustomerText(ctx(), openid, '实例甲'),
        sendCustomerText(other.system('test'), openid, '实例乙'),
        sendCustomerText(ctx(), openid, '实例甲again'),
      ]);
      expect(results).toEqual(['sent', 'sent', 'sent']);
      expect(wx.tokenCalls).toBe(calls + 1);
      const used = new Set(sendsTo(openid).slice(1).map((s) => s.accessToken));
      expect([...used]).toEqual([`TOKEN-${calls + 1}`]);
      expect(used.has(row.token)).toBe(false);
      const stored = await t.db.prisma.wechatAccessToken.findUniqueOrThrow({ where: { appId: sample.appId } });
      expect(stored).toMatchObject({ token: `TOKEN-${calls + 1}`, refreshedAt: clock.now() });
      expect(stored.expiresAt.getTime()).toBe(clock.now().getTime() + 7200_000);
    } finally {
      wx.tokenDelayMs = 0;
      await otherDb?.close();
    }
  });

  it('is refreshed and the message sent again once when WeChat answers 42001', async () => {
    const openid = 'o-expired';
    await post(plainXml(textMessage(openid, '问'))).expect(200);
    await pushWork.idle();
    const { token } = await t.db.prisma.wechatAccessToken.findUniqueOrThrow({ where: { appId: sample.appId } });
    wx.expired.add(token);
    const calls = wx.tokenCalls;
    expect(await sendCustomerText(ctx(), openid, '令牌过期后重发')).toBe('sent');
    expect(wx.tokenCalls).toBe(calls + 1);
    const attempts = wx.sends.filter((s) => s.touser === openid && s.content === '令牌过期后重发');
    expect(attempts.map((s) => [s.accessToken, s.errcode])).toEqual([[token, 42001], [`TOKEN-${calls + 1}`, 0]]);
    // Only one retry: a token that is refused again is a failure, not a loop.
    const calls2 = wx.tokenCalls;
    wx.expired.add(`TOKEN-${calls2 + 1}`);
    wx.expired.add(`TOKEN-${calls2}`);
    expect(await sendCustomerText(ctx(), openid, '再次过期')).toBe('failed');
    expect(wx.tokenCalls).toBe(calls2 + 1);
  });
});

describe('repliesAsText', () => {
  it('renders every kind of reply as one plain text', () => {
    expect(repliesAsText([
      { type: 'text', text: '您的办件进度如下：' },
      { type: 'cases', items: [{ id: 'a', receiptNo: 'AY20261208001', matterName: '居民身份证换领', status: 'accepted', statusName: '已受理', next: '最迟 2026-12-14 前办结' }] },
      { type: 'matters', items: [{ id: 'm1', name: '低保申请', department: '民政局', handheld: true }, { id: 'm2', name: '临时救助', department: '民政局', handheld: false }] },
      { type: 'quick_replies', options: ['新办', '换领', '补领'] },
      { type: 'handoff', ticketId: 't1', queueName: '梅园庄街道便民服务中心', status: 'open' },
    ])).toBe([
      '您的办件进度如下：',
      '办件编号 AY20261208001，事项 居民身份证换领，状态 已受理，最迟 2026-12-14 前办结',
      '1. 低保申请（民政局）\n2. 临时救助（民政局）',
      '您可以回复：新办 / 换领 / 补领',
      '已为您转人工（梅园庄街道便民服务中心），工作人员答复后会在这里回复您。',
    ].join('\n\n'));
    expect(repliesAsText([])).toBe('');
  });
});

describe('when the message push is not configured', () => {
  it('answers 404 on both methods', async () => {
    const off = await startTestApp({ routes: withFakeAssistant });
    try {
      const get = await off.request.get('/wechat/push').query({ ...plainQuery('x'), echostr: 'e' }).expect(404);
      expect(get.body.error).toMatchObject({ code: 'not_found', message: '没有这个接口' });
      await off.request.post('/wechat/push').query(plainQuery('x')).set('Content-Type', 'text/xml').send(xmlOf(textMessage('x', 'y'))).expect(404);
      await off.request.post('/wechat/push').send({}).expect(404);
    } finally {
      await off.close();
    }
  });
});

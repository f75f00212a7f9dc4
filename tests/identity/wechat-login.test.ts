// WeChat sign-in against a fake jscode2session server on loopback: a valid code, an invalid one, WeChat down.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from '../support/app';

let fake: http.Server;
let fakeBase: string;
const seen: URLSearchParams[] = [];

beforeAll(async () => {
  fake = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push(url.searchParams);
    res.setHeader('Content-Type', 'application/json');
    if (url.pathname !== '/sns/jscode2session') return res.end(JSON.stringify({ errcode: 404 }));
    const code = url.searchParams.get('js_code');
    if (code === 'good-code') return res.end(JSON.stringify({ openid: 'o-wx-123', session_key: 'SESSIONKEY==', unionid: 'u-1' }));
    if (code === 'busy') return res.end(JSON.stringify({ errcode: -1, errmsg: 'system error' }));
    return res.end(JSON.stringify({ errcode: 40029, errmsg: 'invalid code' }));
  });
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  fakeBase = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => fake.close(resolve)));

const wechat = (apiBase: string) => ({ wechat: { appId: 'wx0123456789abcdef', secret: '0123456789abcdef0123456789abcdef', apiBase }, demo: false });

describe('POST /api/auth/wechat', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: wechat(fakeBase) });
  });
  afterAll(() => t.close());

  it('exchanges a valid code, keeps the session_key on the server only, and signs the same person in again', async () => {
    const res = await t.request.post('/api/auth/wechat').send({ code: 'good-code' }).expect(200);
    expect(res.body.user).toMatchObject({ kind: 'resident', profile: { verified: false } });
    expect(JSON.stringify(res.body)).not.toMatch(/SESSIONKEY|session_key|sessionKey|o-wx-123/);
    const last = seen[seen.length - 1];
    expect(Object.fromEntries(last)).toEqual({
      appid: 'wx0123456789abcdef', secret: '0123456789abcdef0123456789abcdef', js_code: 'good-code', grant_type: 'authorization_code',
    });
    const row = await t.db.prisma.resident.findUniqueOrThrow({ where: { openid: 'o-wx-123' } });
    expect(row.sessionKeyEnc).toMatch(/^v1:/);
    expect(t.services.pii.decrypt('resident.sessionKey', row.sessionKeyEnc as string)).toBe('SESSIONKEY==');
    const again = await t.request.post('/api/auth/wechat').send({ code: 'good-code' }).expect(200);
    expect(again.body.user.id).toBe(res.body.user.id);
    await t.request.get('/api/me').set('Authorization', `Bearer ${again.body.token}`).expect(200);
  });

  it('answers an invalid code with 401 and a message to retry from the mini-program', async () => {
    const res = await t.request.post('/api/auth/wechat').send({ code: 'stale-code' }).expect(401);
    expect(res.body.error.message).toContain('重新进入小程序');
    expect(await t.db.prisma.resident.count()).toBe(1);
  });

  it('answers 503 when WeChat reports an error', async () => {
    await t.request.post('/api/auth/wechat').send({ code: 'busy' }).expect(503);
  });

  it('has no dev login when WeChat is configured', async () => {
    await t.request.post('/api/auth/dev').send({ openid: 'someone' }).expect(404);
  });
});

describe('when WeChat cannot be reached', () => {
  it('answers 503 in the contract format and creates nobody', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const t = await startTestApp({ config: wechat(`http://127.0.0.1:${port}`) });
    try {
      const res = await t.request.post('/api/auth/wechat').send({ code: 'good-code' }).expect(503);
      expect(res.body.error).toMatchObject({ code: 'unavailable', message: '微信登录服务暂时不可用，请稍后再试' });
      expect(await t.db.prisma.resident.count()).toBe(0);
    } finally {
      await t.close();
    }
  });
});

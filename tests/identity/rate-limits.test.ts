// Rate limits count in PostgreSQL, so several instances share one budget.
import supertest from 'supertest';
import { createApp } from '../../src-server/app';
import { manualClock } from '../../src-server/platform/clock';
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
// Held in the middle of a minute, so a slow run cannot cross into the next window.
const now = Date.parse('2026-11-28T10:00:30Z');
beforeAll(async () => {
  t = await startTestApp({ config: { rateLimits: true }, clock: manualClock(now) });
});
afterAll(() => t.close());

it('answer 429 with Retry-After and a Chinese message once one account has too many sign-in attempts, across instances', async () => {
  const a = t.request;
  const b = supertest(createApp(t.services).callback());
  const statuses: number[] = [];
  for (let i = 0; i < 10; i++) {
    statuses.push((await (i % 2 ? a : b).post('/api/auth/staff').send({ username: 'Target', password: `guess ${i}` })).status);
  }
  expect(statuses).toEqual(Array(10).fill(401));
  const limited = await a.post('/api/auth/staff').send({ username: 'target', password: 'guess 11' }).expect(429);
  expect(limited.headers['retry-after']).toBe('30');
  expect(limited.body.error).toMatchObject({ code: 'rate_limited', message: '操作太频繁，请 30 秒后再试' });
  // Another username from the same address is still allowed (the per-address budget is larger).
  await b.post('/api/auth/staff').send({ username: 'someone-else', password: 'x' }).expect(401);
});

it('limit sign-ins per address', async () => {
  const before = await t.db.prisma.rateLimitBucket.findMany({ where: { key: { startsWith: 'login-ip|' } } });
  const used = before.reduce((n, r) => n + r.count, 0);
  let last = 0;
  for (let i = used; i <= 30; i++) last = (await t.request.post('/api/auth/dev').send({ openid: `flood-${i}` })).status;
  expect(last).toBe(429);
});

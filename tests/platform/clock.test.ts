// Time the tests can move: sign-ins expire, locks run out, delegation dates and audit times follow the
// injected clock, with no waiting.
import { manualClock } from '../../src-server/platform/clock';
import { startTestApp, type TestApp } from '../support/app';
import { bearer, password, residentToken, staff, staffToken } from '../support/people';

const clock = manualClock('2026-12-01T01:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, seedCatalog: true, clock, config: { residentTokenDays: 30, loginMaxFailures: 2, loginLockMinutes: 15 } });
});
afterAll(() => t.close());

const day = 24 * 3600 * 1000;

describe('the injected clock', () => {
  it('tells today in China: 2026-12-01 16:30 UTC is already 12-02 there', () => {
    const c = manualClock('2026-12-01T16:30:00Z');
    expect(c.today()).toBe('2026-12-02');
    c.advance(-day);
    expect(c.today()).toBe('2026-12-01');
  });

  it('expires a resident sign-in after RESIDENT_TOKEN_DAYS, and not before', async () => {
    clock.set('2026-12-01T01:00:00Z');
    const { token } = await residentToken(t, 'clock-resident');
    clock.advance(30 * day - 60_000);
    await t.request.get('/api/me').set(bearer(token)).expect(200);
    clock.advance(60_000);
    const res = await t.request.get('/api/me').set(bearer(token)).expect(401);
    expect(res.body.error.message).toBe('登录已失效，请重新登录');
  });

  it('unlocks a staff account when LOGIN_LOCK_MINUTES have passed on the clock', async () => {
    clock.set('2026-12-02T02:00:00Z');
    await staffToken(t, staff.clerkY);
    const login = (pw: string) => t.request.post('/api/auth/staff').send({ username: staff.clerkY.username, password: pw });
    await login('wrong 1').expect(401);
    const locked = await login('wrong 2').expect(423);
    expect(locked.body.error.message).toContain('15 分钟');
    clock.advance(14 * 60_000);
    expect((await login(password).expect(423)).body.error.message).toContain('1 分钟');
    clock.advance(60_000 + 1);
    await login(password).expect(200);
  });

  it('routes by today on the clock when no date is given, so a recall takes effect on its day', async () => {
    const taken = await t.db.prisma.delegation.findFirstOrThrow({
      where: { countyCode: '410505', documentNo: '安殷编〔2021〕6号', takenUp: true, recalledAt: null },
    });
    const preview = () => t.request.get(`/api/routing/preview?matterId=${taken.matterId}&regionCode=410505101001`).expect(200);
    clock.set('2031-03-01T03:00:00Z');
    const countyAdmin = await staffToken(t, staff.countyAdmin);
    await t.request.post(`/api/admin/delegations/${taken.id}/recall`).set(bearer(countyAdmin))
      .send({ effectiveUntil: '2031-03-02', documentNo: '安殷编〔2031〕3号', reason: '收回县直部门办理' }).expect(200);
    expect((await preview()).body.queue.kind).toBe('township');
    // 2031-03-01 16:00 UTC is 2031-03-02 00:00 in China.
    clock.set('2031-03-01T16:00:00Z');
    expect((await preview()).body.queue.kind).toBe('county_department');
    const recall = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { action: 'delegation.recall', subjectId: taken.id } });
    expect(recall.at.toISOString()).toBe('2031-03-01T03:00:00.000Z');
    expect((await t.db.prisma.delegation.findUniqueOrThrow({ where: { id: taken.id } })).recalledAt?.toISOString()).toBe('2031-03-01T03:00:00.000Z');
  });
});

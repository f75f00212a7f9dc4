import { createApp } from '../../src-server/app';
import supertest from 'supertest';
import { startTestApp, type TestApp } from '../support/app';
import { bearer, password, staff, staffToken } from '../support/people';
import { createStaffAccount, disableStaffAccount, resetStaffPassword } from '../../src-server/identity/staff-accounts';
import { ensureDemoAccounts } from '../../src-server/identity/demo-accounts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, seedCatalog: true, config: { loginMaxFailures: 3, loginLockMinutes: 15 } });
  await createStaffAccount(t.services.system('test'), { ...staff.clerkX, password });
});
afterAll(() => t.close());

const login = (username: string, pw: string) => t.request.post('/api/auth/staff').send({ username, password: pw });

describe('staff sign-in', () => {
  it('returns an opaque token and the role with its scope; the database keeps only the token hash', async () => {
    const res = await login('clerk-x', password).expect(200);
    expect(res.body.token).toMatch(/^zsb_[A-Za-z0-9_-]{43}$/);
    expect(res.body.user).toMatchObject({
      kind: 'staff', role: 'clerk', username: 'clerk-x',
      scope: [{ kind: 'township', regionCode: '410505001', regionName: '梅园庄街道', departmentCode: null }],
    });
    const rows = await t.db.prisma.authToken.findMany();
    expect(JSON.stringify(rows)).not.toContain(res.body.token.slice(4));
    expect(Date.parse(res.body.expiresAt) - Date.now()).toBeGreaterThan(11 * 3600 * 1000);
  });

  it('does not say whether a username exists', async () => {
    const unknown = await login('nobody-here', 'whatever').expect(401);
    const wrong = await login('clerk-x', 'wrong password').expect(401);
    expect(unknown.body.error.message).toBe(wrong.body.error.message);
    await login('clerk-x', password).expect(200); // resets the failure count
  });

  it('locks the account after repeated wrong passwords, even for the right one, and unlocks after the wait', async () => {
    await login('clerk-x', 'wrong 1').expect(401);
    await login('clerk-x', 'wrong 2').expect(401);
    const third = await login('clerk-x', 'wrong 3').expect(423);
    expect(third.body.error).toMatchObject({ code: 'account_locked', message: expect.stringContaining('15 分钟') });
    await login('clerk-x', password).expect(423);
    const events = await t.db.prisma.auditEvent.findMany({ where: { action: 'staff.locked' } });
    expect(events).toHaveLength(1);
    // The wait is over.
    await t.db.prisma.staffAccount.update({ where: { username: 'clerk-x' }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    await login('clerk-x', password).expect(200);
  });

  it('counts parallel wrong attempts without losing any', async () => {
    await Promise.all([1, 2].map((n) => login('clerk-x', `parallel wrong ${n}`)));
    expect((await t.db.prisma.staffAccount.findUniqueOrThrow({ where: { username: 'clerk-x' } })).failedLogins).toBe(2);
    await login('clerk-x', password).expect(200);
  });
});

describe('tokens', () => {
  it('stop working on another instance as soon as they are revoked by logout', async () => {
    const token = await staffToken(t, staff.clerkX);
    // A second app on the same database: nothing about sessions lives in either process.
    const other = supertest(createApp(t.services).callback());
    await other.get('/api/me').set(bearer(token)).expect(200);
    await t.request.post('/api/auth/logout').set(bearer(token)).expect(204);
    const after = await other.get('/api/me').set(bearer(token)).expect(401);
    expect(after.body.error.message).toBe('登录已失效，请重新登录');
  });

  it('expire', async () => {
    const token = await staffToken(t, staff.clerkX);
    await t.db.prisma.authToken.updateMany({ where: { staffId: { not: null }, revokedAt: null }, data: { expiresAt: new Date(Date.now() - 1) } });
    await t.request.get('/api/me').set(bearer(token)).expect(401);
  });

  it('end when the account is disabled or its password is reset', async () => {
    const first = await staffToken(t, staff.clerkX);
    const newPassword = await resetStaffPassword(t.services.system('test'), { username: 'clerk-x' });
    await t.request.get('/api/me').set(bearer(first)).expect(401);
    await login('clerk-x', password).expect(401);
    const second = (await login('clerk-x', newPassword).expect(200)).body.token;
    await disableStaffAccount(t.services.system('test'), { username: 'clerk-x' });
    await t.request.get('/api/me').set(bearer(second)).expect(401);
    await login('clerk-x', newPassword).expect(401);
    await resetStaffPassword(t.services.system('test'), { username: 'clerk-x', password });
  });

  it('are refused when malformed or made up', async () => {
    for (const header of ['Bearer', 'Bearer zsb_madeup', 'Basic abc', `Bearer ${'x'.repeat(5000)}`]) {
      await t.request.get('/api/me').set('Authorization', header).expect(401);
    }
  });
});

describe('demo accounts', () => {
  it('exist for the city, every county, township, county department queue and the stations of one township per county', async () => {
    const accounts = await ensureDemoAccounts(t.services.system('demo'), { password: 'demo-password' });
    expect(accounts.filter((a) => a.role === 'county_admin')).toHaveLength(10);
    expect(accounts.filter((a) => a.role === 'clerk' && a.scope.kind === 'township')).toHaveLength(137);
    const departmentQueues = await t.db.prisma.queue.count({ where: { kind: 'county_department' } });
    expect(departmentQueues).toBeGreaterThan(200);
    expect(accounts.filter((a) => a.username.startsWith('dept-'))).toHaveLength(departmentQueues);
    const stations = accounts.filter((a) => a.username.startsWith('station-'));
    expect(new Set(stations.map((a) => a.scope.regionCode.slice(0, 9))).size).toBe(10); // one township in each county
    const dept = await login('dept-410503-mz', 'demo-password').expect(200);
    expect(dept.body.user.scope).toEqual([expect.objectContaining({ kind: 'county_department', regionCode: '410503', departmentCode: 'mz' })]);
    await login(stations[0].username, 'demo-password').expect(200);
    expect(accounts.filter((a) => a.role === 'township_lead')).toHaveLength(137);
    const res = await login('county-410526', 'demo-password').expect(200);
    expect(res.body.user).toMatchObject({ role: 'county_admin', scope: [{ kind: 'county', regionName: '滑县' }] });
    await login('clerk-410505001', 'demo-password').expect(200);
    // Idempotent.
    expect(await ensureDemoAccounts(t.services.system('demo'), { password: 'demo-password' })).toHaveLength(accounts.length);
  });

  it('are listed for the login page: admins first, a county’s accounts on asking, the published password', async () => {
    await ensureDemoAccounts(t.services.system('demo'), { password: 'demo-password' });
    const top = (await t.request.get('/api/auth/demo-accounts').expect(200)).body;
    expect(top.password).toBe('demo-password');
    expect(top.accounts[0]).toEqual({ username: 'admin', displayName: expect.stringContaining('安阳市'), kind: '市级管理员', countyCode: null });
    expect(top.accounts.filter((a: { kind: string }) => a.kind === '县级管理员')).toHaveLength(10);
    expect(top.accounts).toContainEqual({ username: 'county-410505', displayName: '殷都区管理员', kind: '县级管理员', countyCode: '410505' });
    const yindu = (await t.request.get('/api/auth/demo-accounts?county=410505').expect(200)).body.accounts as { username: string; kind: string; countyCode: string }[];
    expect(yindu.every((a) => a.countyCode === '410505')).toBe(true);
    expect(yindu.map((a) => a.username)).toEqual(expect.arrayContaining(['county-410505', 'clerk-410505101', 'lead-410505101']));
    expect(yindu.some((a) => a.username.startsWith('dept-410505-') && a.kind === '部门窗口')).toBe(true);
    expect(yindu.some((a) => a.username.startsWith('station-410505') && a.kind === '服务站')).toBe(true);
    // Every listed account signs in with the listed password.
    await login(yindu.find((a) => a.kind === '乡镇分管领导')!.username, top.password).expect(200);
    // A disabled account is not listed; a malformed county is refused in Chinese.
    await disableStaffAccount(t.services.system('test'), { username: 'lead-410505101' });
    const after = (await t.request.get('/api/auth/demo-accounts?county=410505').expect(200)).body.accounts as { username: string }[];
    expect(after.map((a) => a.username)).not.toContain('lead-410505101');
    const bad = await t.request.get('/api/auth/demo-accounts?county=abc').expect(400);
    expect(JSON.stringify(bad.body.error)).toContain('县区代码应为 6 位数字');
  });

  it('do not exist in production, and dev login answers 404 there', async () => {
    const prod = await startTestApp({ config: { demo: false } });
    try {
      const res = await prod.request.post('/api/auth/dev').send({ openid: 'someone' }).expect(404);
      expect(res.body.error.code).toBe('not_found');
      await prod.request.get('/api/auth/demo-accounts').expect(404);
      expect(await prod.db.prisma.staffAccount.count()).toBe(0);
    } finally {
      await prod.close();
    }
  });
});

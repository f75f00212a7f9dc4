// Use case: a staff member signs in with username and password. Repeated failures lock the account for a
// while (LOGIN_MAX_FAILURES, LOGIN_LOCK_MINUTES); every outcome is audited. The answer never tells whether
// the username exists.
import type { Services } from '../services';
import { audit } from '../platform/audit';
import { AppError } from '../platform/errors';
import { verifyPassword } from './passwords';
import { presentStaffUser } from './presenters';
import { issueToken } from './tokens';

const badCredentials = () => new AppError(401, 'bad_credentials', '用户名或密码不正确');
const minutesLeft = (until: Date) => Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60000));
const locked = (until: Date) =>
  new AppError(423, 'account_locked', `密码错误次数过多，账号已临时锁定，请 ${minutesLeft(until)} 分钟后再试`);

// Verifying against a real scrypt hash when the user is unknown keeps both paths equally slow.
const decoyHash = 'scrypt$32768$8$1$c2FsdHNhbHRzYWx0c2FsdA$0000000000000000000000000000000000000000000';

export async function loginStaff(services: Services, username: string, password: string, requestId: string) {
  const { db, config } = services;
  const staff = await db.prisma.staffAccount.findUnique({ where: { username: username.trim() } });
  if (!staff || staff.disabledAt) {
    await verifyPassword(password, decoyHash);
    await audit(db.prisma, { actorKind: 'anonymous', actorId: null }, { action: 'staff.login.failed', details: { username: username.slice(0, 64) } }, requestId);
    throw badCredentials();
  }
  if (staff.lockedUntil && staff.lockedUntil.getTime() > Date.now()) throw locked(staff.lockedUntil);

  const who = { actorKind: 'staff', actorId: staff.id };
  if (!(await verifyPassword(password, staff.passwordHash))) {
    // Counted in the database with an atomic increment, so instances and parallel attempts add up.
    const updated = await db.prisma.staffAccount.update({
      where: { id: staff.id },
      data: { failedLogins: { increment: 1 } },
      select: { failedLogins: true },
    });
    if (updated.failedLogins >= config.loginMaxFailures) {
      const until = new Date(Date.now() + config.loginLockMinutes * 60 * 1000);
      await db.prisma.$transaction(async (tx) => {
        await tx.staffAccount.update({ where: { id: staff.id }, data: { lockedUntil: until, failedLogins: 0 } });
        await audit(tx, who, { action: 'staff.locked', subjectType: 'staff', subjectId: staff.id, details: { until: until.toISOString() } }, requestId);
      });
      throw locked(until);
    }
    await audit(db.prisma, who, { action: 'staff.login.failed', subjectType: 'staff', subjectId: staff.id }, requestId);
    throw badCredentials();
  }

  const token = await db.prisma.$transaction(async (tx) => {
    await tx.staffAccount.update({ where: { id: staff.id }, data: { failedLogins: 0, lockedUntil: null } });
    const issued = await issueToken(tx, { staffId: staff.id }, config.staffTokenHours * 3600 * 1000);
    await audit(tx, who, { action: 'staff.login', subjectType: 'staff', subjectId: staff.id }, requestId);
    return issued;
  });
  return { token: token.token, expiresAt: token.expiresAt.toISOString(), user: await presentStaffUser(db.prisma, staff.id) };
}


// Use case: a staff member signs in with username and password. Repeated failures lock the account for a
// while (LOGIN_MAX_FAILURES, LOGIN_LOCK_MINUTES); every outcome is audited. The answer never tells whether
// the username exists.
import { audit, type ActorRef } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, type UseCaseContext } from '../platform/use-case';
import { verifyPassword } from './passwords';
import { presentStaffUser } from './presenters';
import { issueToken } from './tokens';

const badCredentials = () => Errors.unauthenticated('用户名或密码不正确', 'bad_credentials');
const locked = (until: Date, now: Date) => {
  const minutesLeft = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60000));
  return Errors.locked('account_locked', `密码错误次数过多，账号已临时锁定，请 ${minutesLeft} 分钟后再试`);
};

// Verifying against a real scrypt hash when the user is unknown keeps both paths equally slow.
const decoyHash = 'scrypt$32768$8$1$c2FsdHNhbHRzYWx0c2FsdA$0000000000000000000000000000000000000000000';

export async function loginStaff(ctx: UseCaseContext, { username, password }: { username: string; password: string }) {
  const { db, config, clock } = ctx;
  const staff = await db.staffAccount.findUnique({ where: { username: username.trim() } });
  if (!staff || staff.disabledAt) {
    await verifyPassword(password, decoyHash);
    await audit(ctx, { action: 'staff.login.failed', details: { username: username.slice(0, 64) } });
    throw badCredentials();
  }
  if (staff.lockedUntil && staff.lockedUntil.getTime() > clock.now().getTime()) throw locked(staff.lockedUntil, clock.now());

  // The caller is not signed in yet: the records name the account the attempt was for.
  const who: ActorRef = { actorKind: 'staff', actorId: staff.id };
  if (!(await verifyPassword(password, staff.passwordHash))) {
    // Counted in the database with an atomic increment, so instances and parallel attempts add up.
    const updated = await db.staffAccount.update({
      where: { id: staff.id },
      data: { failedLogins: { increment: 1 } },
      select: { failedLogins: true },
    });
    if (updated.failedLogins >= config.loginMaxFailures) {
      const until = new Date(clock.now().getTime() + config.loginLockMinutes * 60 * 1000);
      await inTransaction(ctx, async (tx) => {
        await tx.db.staffAccount.update({ where: { id: staff.id }, data: { lockedUntil: until, failedLogins: 0 } });
        await audit(tx, { action: 'staff.locked', subjectType: 'staff', subjectId: staff.id, details: { until: until.toISOString() } }, who);
      });
      throw locked(until, clock.now());
    }
    await audit(ctx, { action: 'staff.login.failed', subjectType: 'staff', subjectId: staff.id }, who);
    throw badCredentials();
  }

  const token = await inTransaction(ctx, async (tx) => {
    await tx.db.staffAccount.update({ where: { id: staff.id }, data: { failedLogins: 0, lockedUntil: null } });
    const issued = await issueToken(tx, { staffId: staff.id }, config.staffTokenHours * 3600 * 1000);
    await audit(tx, { action: 'staff.login', subjectType: 'staff', subjectId: staff.id }, who);
    return issued;
  });
  return { token: token.token, expiresAt: token.expiresAt.toISOString(), user: await presentStaffUser(ctx, staff.id) };
}

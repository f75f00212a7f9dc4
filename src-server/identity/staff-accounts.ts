// Use cases for operators (npm run staff) and the demo seed: create a staff account with its scopes, reset
// its password, disable it (which also revokes its tokens). Each writes an audit record.
import { audit } from '../platform/audit';
import { inTransaction, type UseCaseContext } from '../platform/use-case';
import type { StaffRole } from '../../src-shared/identity/roles';
import type { ScopeGrant } from './actor';
import { generatePassword, hashPassword } from './passwords';
import { revokeStaffTokens } from './tokens';

export interface NewStaffAccount {
  username: string;
  displayName: string;
  role: StaffRole;
  scopes: ScopeGrant[];
}

/** Which scope kinds each role may hold. */
const allowedScopes: Record<StaffRole, ScopeGrant['kind'][]> = {
  clerk: ['village', 'township', 'county_department', 'city_department'],
  township_lead: ['township'],
  county_admin: ['county'],
  city_admin: ['city'],
};

export function checkScopes(role: StaffRole, scopes: ScopeGrant[]): string | null {
  if (scopes.length === 0) return '至少需要一个工作范围';
  const bad = scopes.find((s) => !allowedScopes[role].includes(s.kind));
  if (bad) return `角色 ${role} 不能拥有 ${bad.kind} 范围`;
  const digits: Record<ScopeGrant['kind'], number> = { city: 4, city_department: 4, county: 6, county_department: 6, township: 9, village: 12 };
  const wrong = scopes.find((s) => s.regionCode.length !== digits[s.kind] || (s.kind === 'county_department' || s.kind === 'city_department') !== Boolean(s.departmentCode));
  if (wrong) return `范围 ${wrong.kind}:${wrong.regionCode} 的区划代码位数或部门代码不对`;
  return null;
}

export async function createStaffAccount(ctx: UseCaseContext, { password, ...account }: NewStaffAccount & { password: string }) {
  const problem = checkScopes(account.role, account.scopes);
  if (problem) throw new Error(problem);
  const passwordHash = await hashPassword(password);
  return inTransaction(ctx, async (tx) => {
    const created = await tx.db.staffAccount.create({
      data: {
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        passwordHash,
        scopes: { create: account.scopes.map((s) => ({ kind: s.kind, regionCode: s.regionCode, departmentCode: s.departmentCode })) },
      },
    });
    await audit(tx, { action: 'staff.create', subjectType: 'staff', subjectId: created.id, details: { username: account.username, role: account.role } });
    return created;
  });
}

export async function resetStaffPassword(ctx: UseCaseContext, { username, password = generatePassword() }: { username: string; password?: string }) {
  const passwordHash = await hashPassword(password);
  await inTransaction(ctx, async (tx) => {
    const staff = await tx.db.staffAccount.update({
      where: { username },
      data: { passwordHash, failedLogins: 0, lockedUntil: null, disabledAt: null },
    });
    await revokeStaffTokens(tx, staff.id);
    await audit(tx, { action: 'staff.reset_password', subjectType: 'staff', subjectId: staff.id });
  });
  return password;
}

export async function disableStaffAccount(ctx: UseCaseContext, { username }: { username: string }) {
  await inTransaction(ctx, async (tx) => {
    const staff = await tx.db.staffAccount.update({ where: { username }, data: { disabledAt: ctx.clock.now() } });
    await revokeStaffTokens(tx, staff.id);
    await audit(tx, { action: 'staff.disable', subjectType: 'staff', subjectId: staff.id });
  });
}

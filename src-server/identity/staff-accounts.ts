// Use cases for operators (npm run staff) and the demo seed: create a staff account with its scopes, reset
// its password, disable it (which also revokes its tokens). Each writes an audit record.
import type { PrismaClient } from '../generated/prisma/client';
import { audit } from '../platform/audit';
import type { StaffRole } from '../platform/http/route';
import type { ScopeGrant } from './actor';
import { generatePassword, hashPassword } from './passwords';

const operator = { actorKind: 'operator', actorId: null };

export interface NewStaffAccount {
  username: string;
  displayName: string;
  role: StaffRole;
  scopes: ScopeGrant[];
}

/** Which scope kinds each role may hold. */
const allowedScopes: Record<StaffRole, ScopeGrant['kind'][]> = {
  clerk: ['village', 'township', 'county_department'],
  township_lead: ['township'],
  county_admin: ['county'],
  city_admin: ['city'],
};

export function checkScopes(role: StaffRole, scopes: ScopeGrant[]): string | null {
  if (scopes.length === 0) return '至少需要一个工作范围';
  const bad = scopes.find((s) => !allowedScopes[role].includes(s.kind));
  if (bad) return `角色 ${role} 不能拥有 ${bad.kind} 范围`;
  const digits: Record<ScopeGrant['kind'], number> = { city: 4, county: 6, county_department: 6, township: 9, village: 12 };
  const wrong = scopes.find((s) => s.regionCode.length !== digits[s.kind] || (s.kind === 'county_department') !== Boolean(s.departmentCode));
  if (wrong) return `范围 ${wrong.kind}:${wrong.regionCode} 的区划代码位数或部门代码不对`;
  return null;
}

export async function createStaffAccount(prisma: PrismaClient, account: NewStaffAccount, password: string) {
  const problem = checkScopes(account.role, account.scopes);
  if (problem) throw new Error(problem);
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const created = await tx.staffAccount.create({
      data: {
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        passwordHash,
        scopes: { create: account.scopes.map((s) => ({ kind: s.kind, regionCode: s.regionCode, departmentCode: s.departmentCode })) },
      },
    });
    await audit(tx, operator, { action: 'staff.create', subjectType: 'staff', subjectId: created.id, details: { username: account.username, role: account.role } });
    return created;
  });
}

export async function resetStaffPassword(prisma: PrismaClient, username: string, password = generatePassword()) {
  const passwordHash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    const staff = await tx.staffAccount.update({
      where: { username },
      data: { passwordHash, failedLogins: 0, lockedUntil: null, disabledAt: null },
    });
    await tx.authToken.updateMany({ where: { staffId: staff.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await audit(tx, operator, { action: 'staff.reset_password', subjectType: 'staff', subjectId: staff.id });
  });
  return password;
}

export async function disableStaffAccount(prisma: PrismaClient, username: string) {
  await prisma.$transaction(async (tx) => {
    const staff = await tx.staffAccount.update({ where: { username }, data: { disabledAt: new Date() } });
    await tx.authToken.updateMany({ where: { staffId: staff.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await audit(tx, operator, { action: 'staff.disable', subjectType: 'staff', subjectId: staff.id });
  });
}

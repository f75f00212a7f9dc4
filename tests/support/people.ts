// People for identity tests: residents signed in through the demo login, staff accounts with scopes, and
// valid ID numbers made with the real check-digit rule.
import { idCheckChar } from '../../src-shared/identity/personal-numbers';
import { createStaffAccount, type NewStaffAccount } from '../../src-server/identity/staff-accounts';
import type { TestApp } from './app';

/** A valid 18-character ID number for a birth date and sequence (region 410505 殷都区 by default). */
export function idNumber(birth = '19900101', sequence = '123', region = '410505'): string {
  const first17 = region + birth + sequence;
  return first17 + idCheckChar(first17);
}

export const townshipX = '410505001'; // 殷都区 梅园庄街道
export const villageOfX = '410505001001'; // 梅园社区
export const townshipY = '410526001'; // 滑县 道口镇街道
export const countyOfX = '410505';

export async function residentToken(t: TestApp, openid: string): Promise<{ token: string; id: string }> {
  const res = await t.request.post('/api/auth/dev').send({ openid }).expect(200);
  return { token: res.body.token, id: res.body.user.id };
}

export const password = 'correct horse battery';

export async function staffToken(t: TestApp, account: NewStaffAccount): Promise<string> {
  const existing = await t.db.prisma.staffAccount.findUnique({ where: { username: account.username } });
  if (!existing) await createStaffAccount(t.services.system('test'), { ...account, password });
  const res = await t.request.post('/api/auth/staff').send({ username: account.username, password }).expect(200);
  return res.body.token;
}

export const staff = {
  clerkX: { username: 'clerk-x', displayName: '梅园庄街道窗口', role: 'clerk', scopes: [{ kind: 'township', regionCode: townshipX, departmentCode: null }] },
  clerkY: { username: 'clerk-y', displayName: '道口镇街道窗口', role: 'clerk', scopes: [{ kind: 'township', regionCode: townshipY, departmentCode: null }] },
  countyAdmin: { username: 'county-x', displayName: '殷都区管理员', role: 'county_admin', scopes: [{ kind: 'county', regionCode: countyOfX, departmentCode: null }] },
  cityAdmin: { username: 'city', displayName: '市级管理员', role: 'city_admin', scopes: [{ kind: 'city', regionCode: '4105', departmentCode: null }] },
} satisfies Record<string, NewStaffAccount>;

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

// Demo mode only: the contract's demo staff accounts, all with DEMO_PASSWORD: `admin` (city admin),
// `county-<countyCode>` (county admin), `clerk-<townshipCode>` (township centre) and `lead-<townshipCode>`
// (township lead), `dept-<countyCode>-<departmentCode>` for every county department queue and
// `station-<villageCode>` for the village stations of one township in each county (the first by code).
import type { StaffRole } from '../../src-shared/identity/roles';
import { seedOnce } from '../platform/seed-once';
import { inTransaction, type UseCaseContext } from '../platform/use-case';
import { randomUUID } from 'node:crypto';
import { hashPassword, verifyPassword } from './passwords';

interface DemoAccount {
  username: string;
  displayName: string;
  role: StaffRole;
  scope: { kind: 'city' | 'county' | 'township' | 'county_department' | 'village'; regionCode: string; departmentCode?: string };
}

export async function demoAccountList({ db }: UseCaseContext): Promise<DemoAccount[]> {
  const regions = await db.region.findMany({
    where: { level: { in: ['city', 'county', 'township'] } },
    select: { code: true, name: true, level: true },
    orderBy: { code: 'asc' },
  });
  const accounts: DemoAccount[] = [];
  for (const r of regions) {
    if (r.level === 'city') accounts.push({ username: 'admin', displayName: `${r.name}政务服务和大数据管理局`, role: 'city_admin', scope: { kind: 'city', regionCode: r.code } });
    if (r.level === 'county') accounts.push({ username: `county-${r.code}`, displayName: `${r.name}管理员`, role: 'county_admin', scope: { kind: 'county', regionCode: r.code } });
    if (r.level === 'township') {
      accounts.push({ username: `clerk-${r.code}`, displayName: `${r.name}便民服务中心窗口`, role: 'clerk', scope: { kind: 'township', regionCode: r.code } });
      accounts.push({ username: `lead-${r.code}`, displayName: `${r.name}分管领导`, role: 'township_lead', scope: { kind: 'township', regionCode: r.code } });
    }
  }
  const departmentQueues = await db.queue.findMany({ where: { kind: 'county_department' }, select: { regionCode: true, departmentCode: true, name: true }, orderBy: { id: 'asc' } });
  for (const q of departmentQueues) {
    accounts.push({ username: `dept-${q.regionCode}-${q.departmentCode}`, displayName: `${q.name}窗口`, role: 'clerk', scope: { kind: 'county_department', regionCode: q.regionCode, departmentCode: q.departmentCode! } });
  }
  const firstTownships = new Map<string, string>();
  for (const r of regions) if (r.level === 'township' && !firstTownships.has(r.code.slice(0, 6))) firstTownships.set(r.code.slice(0, 6), r.code);
  const villages = await db.region.findMany({ where: { level: 'village', parentCode: { in: [...firstTownships.values()] } }, select: { code: true, name: true }, orderBy: { code: 'asc' } });
  for (const v of villages) {
    accounts.push({ username: `station-${v.code}`, displayName: `${v.name}便民服务站`, role: 'clerk', scope: { kind: 'village', regionCode: v.code } });
  }
  return accounts;
}

/**
 * Creates the missing demo accounts and brings their password to DEMO_PASSWORD; returns them. Skipped when
 * neither the password nor the list changed since the last start (checking the password costs a scrypt run;
 * the stored key is a keyed hash, never the password).
 */
export async function ensureDemoAccounts(ctx: UseCaseContext, { password }: { password: string }): Promise<DemoAccount[]> {
  const accounts = await demoAccountList(ctx);
  const key = ctx.pii.hash('seed.demoAccounts', `${password}\0${accounts.map((a) => a.username).join(',')}`);
  await seedOnce(ctx, 'demo-accounts', key, () => writeDemoAccounts(ctx, accounts, password));
  return accounts;
}

async function writeDemoAccounts(ctx: UseCaseContext, accounts: DemoAccount[], password: string): Promise<void> {
  const existing = await ctx.db.staffAccount.findMany({
    where: { username: { in: accounts.map((a) => a.username) } },
    select: { username: true, passwordHash: true },
  });
  // One hash for all of them: they share the password, and hundreds of scrypt runs would slow every start.
  const reusable = existing.find((e) => e.passwordHash);
  const passwordHash = reusable && (await verifyPassword(password, reusable.passwordHash)) ? reusable.passwordHash : await hashPassword(password);
  const have = new Set(existing.map((e) => e.username));
  const missing = accounts.filter((a) => !have.has(a.username));
  await inTransaction(ctx, async ({ db: tx }) => {
    if (existing.some((e) => e.passwordHash !== passwordHash)) {
      await tx.staffAccount.updateMany({ where: { username: { in: [...have] } }, data: { passwordHash } });
    }
    // Hundreds of accounts (every department queue, stations): two multi-row inserts, not one per account.
    await tx.staffAccount.createMany({
      data: missing.map((a) => ({ id: randomUUID(), username: a.username, displayName: a.displayName, role: a.role, passwordHash })),
      skipDuplicates: true,
    });
    // Read the ids back: another instance starting at the same moment may have created some of them first.
    const created = await tx.staffAccount.findMany({ where: { username: { in: missing.map((a) => a.username) } }, select: { id: true, username: true } });
    const ids = new Map(created.map((c) => [c.username, c.id]));
    await tx.staffScope.createMany({
      data: missing.map((a) => ({ staffId: ids.get(a.username)!, kind: a.scope.kind, regionCode: a.scope.regionCode, departmentCode: a.scope.departmentCode ?? null })),
      skipDuplicates: true,
    });
  }, { timeout: 120_000 });
}

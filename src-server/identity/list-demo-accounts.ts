// Use case (demo mode only): the demo staff accounts that exist and are not disabled, so that nobody has to
// read the source to sign in. The password is shown only when it is the default the README publishes.
import type { DemoAccountList } from '../../src-shared/contracts/identity';
import type { UseCaseContext } from '../platform/use-case';
import { demoAccountList } from './demo-accounts';

/** The password README documents for demo mode (DEMO_PASSWORD's default). */
const PUBLISHED_DEMO_PASSWORD = 'demo-password';

const kindOf = (a: { role: string; scope: { kind: string } }): string => {
  if (a.role === 'city_admin') return '市级管理员';
  if (a.role === 'county_admin') return '县级管理员';
  if (a.role === 'township_lead') return '乡镇分管领导';
  if (a.scope.kind === 'county_department') return '部门窗口';
  if (a.scope.kind === 'village') return '服务站';
  return '乡镇窗口';
};

export async function listDemoAccounts(ctx: UseCaseContext, { county, password }: { county?: string; password: string }): Promise<DemoAccountList> {
  const wanted = (await demoAccountList(ctx)).filter((a) =>
    county ? a.scope.kind !== 'city' && a.scope.regionCode.startsWith(county) : a.scope.kind === 'city' || a.scope.kind === 'county',
  );
  const existing = new Set(
    (
      await ctx.db.staffAccount.findMany({
        where: { username: { in: wanted.map((a) => a.username) }, disabledAt: null },
        select: { username: true },
      })
    ).map((s) => s.username),
  );
  return {
    password: password === PUBLISHED_DEMO_PASSWORD ? password : null,
    accounts: wanted
      .filter((a) => existing.has(a.username))
      .map((a) => ({
        username: a.username, displayName: a.displayName, kind: kindOf(a),
        countyCode: a.scope.kind === 'city' ? null : a.scope.regionCode.slice(0, 6),
      })),
  };
}

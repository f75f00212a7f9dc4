// Which county, township and period a request for the figures means, and whether the caller may see it: the
// city admin any county or the whole city, a county admin only their county (another county is not found).
import type { StatsQuery } from '../../src-shared/contracts/stats';
import { Errors, type ErrorDetail } from '../platform/errors';
import { staffOf, type UseCaseContext } from '../platform/use-case';

export interface StatsScope {
  countyCode: string | null;
  townshipCode: string | null;
  name: string;
  from: string;
  to: string;
  today: string;
}

const DAY_MS = 86_400_000;
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
/** Longest period asked at once: three years of cases is what a yearly comparison needs. */
const MAX_DAYS = 3 * 366;

export async function resolveStatsScope(ctx: UseCaseContext, query: StatsQuery): Promise<StatsScope> {
  const actor = staffOf(ctx);
  const today = ctx.clock.today();
  const details: ErrorDetail[] = [];
  const to = query.to ?? today;
  const from = query.from ?? shift(to, -89);
  if (from > to) details.push({ field: 'from', message: '开始日期不能晚于结束日期' });
  else if (Date.parse(to) - Date.parse(from) > MAX_DAYS * DAY_MS) details.push({ field: 'from', message: '统计时段最长 3 年，请缩短后再查' });

  const countyCode = query.county ?? query.township?.slice(0, 6) ?? null;
  const [county, township] = await Promise.all([
    countyCode ? ctx.db.region.findUnique({ where: { code: countyCode }, select: { code: true, name: true, level: true } }) : null,
    query.township ? ctx.db.region.findUnique({ where: { code: query.township }, select: { code: true, name: true, level: true, parentCode: true } }) : null,
  ]);
  if (countyCode && county?.level !== 'county') details.push({ field: 'county', message: '没有这个县（区），请从列表中选择' });
  if (query.township && (township?.level !== 'township' || township.parentCode !== countyCode)) {
    details.push({ field: 'township', message: '没有这个乡镇（街道），或它不属于所选县（区）' });
  }
  if (details.length > 0) throw Errors.invalidInput(details, '统计条件有误，请按提示修改');

  const counties = actor.scopes.filter((s) => s.kind === 'county').map((s) => s.regionCode);
  const wholeCity = actor.role === 'city_admin' || actor.scopes.some((s) => s.kind === 'city');
  if (!wholeCity) {
    if (countyCode && !counties.includes(countyCode)) throw Errors.notFound('没有找到这个县（区）的统计');
    if (!countyCode) {
      // A county admin without a county asked: their own county.
      if (counties.length === 0) throw Errors.forbidden('只有市级和县级管理员可以查看统计');
      return resolveStatsScope(ctx, { ...query, county: counties[0], from, to });
    }
  }
  const city = countyCode ? null : await ctx.db.region.findFirst({ where: { level: 'city' }, select: { name: true } });
  return {
    countyCode,
    townshipCode: query.township ?? null,
    name: township ? `${county!.name}${township.name}` : county?.name ?? city?.name ?? '全市',
    from,
    to,
    today,
  };
}

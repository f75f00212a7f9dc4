// The working-day calendar the clocks use: the package's official arrangements, overridden year by year by
// what an admin entered from the State Council notice (holiday_year). Read from PostgreSQL each time it is
// needed — it is a handful of rows — so an admin's change reaches every instance at once.
import { createWorkCalendar, PACKAGE_YEARS, type WorkCalendar } from '../../src-shared/calendar/working-days';
import type { UseCaseContext } from '../platform/use-case';

export async function loadWorkCalendar(ctx: Pick<UseCaseContext, 'db'>): Promise<WorkCalendar> {
  const overrides = await ctx.db.holidayYear.findMany({ orderBy: { year: 'asc' } });
  return createWorkCalendar(overrides.map((o) => ({ year: o.year, holidays: o.holidays, workdays: o.workdays })));
}

/** Years from this one to next year that no arrangement covers: the readiness check reports them. */
export async function uncoveredYears(ctx: Pick<UseCaseContext, 'db' | 'clock'>): Promise<number[]> {
  const calendar = await loadWorkCalendar(ctx);
  const year = Number(ctx.clock.today().slice(0, 4));
  return [year, year + 1].filter((y) => !calendar.isYearCovered(y));
}

export { PACKAGE_YEARS };

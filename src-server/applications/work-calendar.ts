// The working-day calendar the clocks use: the package's official arrangements, overridden year by year by
// what an admin entered from the State Council notice (holiday_year). Remembered briefly (platform/read-cache): an
// admin's change through this instance applies at once, through another within a second.
import { createWorkCalendar, PACKAGE_YEARS, type WorkCalendar } from '../../src-shared/calendar/working-days';
import type { UseCaseContext } from '../platform/use-case';

const KEY = 'work-calendar';

export function loadWorkCalendar(ctx: Pick<UseCaseContext, 'db' | 'memo'>): Promise<WorkCalendar> {
  return ctx.memo.brief(KEY, async () => {
    const overrides = await ctx.db.holidayYear.findMany({ orderBy: { year: 'asc' } });
    return createWorkCalendar(overrides.map((o) => ({ year: o.year, holidays: o.holidays, workdays: o.workdays })));
  });
}

/** After an admin entered a year through this instance. */
export function forgetWorkCalendar(memo: UseCaseContext['memo']): void {
  memo.forget(KEY);
}

/** Years from this one to next year that no arrangement covers: the readiness check reports them. */
export async function uncoveredYears(ctx: Pick<UseCaseContext, 'db' | 'clock' | 'memo'>): Promise<number[]> {
  const calendar = await loadWorkCalendar(ctx);
  const year = Number(ctx.clock.today().slice(0, 4));
  return [year, year + 1].filter((y) => !calendar.isYearCovered(y));
}

export { PACKAGE_YEARS };

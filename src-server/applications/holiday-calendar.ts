// Use cases of the holiday calendar: an admin enters a year's holidays and 调休 working days from the State
// Council notice (国务院办公厅关于 YYYY 年部分节假日安排的通知); it overrides the package for that year, audited.
import { createWorkCalendar, PACKAGE_YEARS } from '../../src-shared/calendar/working-days';
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, staffOf, type UseCaseContext } from '../platform/use-case';
import holidayData from 'chinese-days/dist/chinese-days.json';
import { forgetWorkCalendar } from './work-calendar';
import { dateColumn } from '../../src-shared/calendar/china-date';

const pkg = holidayData as unknown as { holidays: Record<string, string>; workdays: Record<string, string> };

export async function getHolidayYear(ctx: UseCaseContext, { year }: { year: number }) {
  const row = await ctx.db.holidayYear.findUnique({ where: { year } });
  if (row) return { year, source: 'override' as const, holidays: row.holidays, workdays: row.workdays, notice: row.notice, updatedAt: row.updatedAt.toISOString() };
  if (PACKAGE_YEARS.includes(year)) {
    const of = (table: Record<string, string>) => Object.keys(table).filter((d) => d.startsWith(`${year}-`)).sort();
    return { year, source: 'package' as const, holidays: of(pkg.holidays), workdays: of(pkg.workdays), notice: null, updatedAt: null };
  }
  return { year, source: 'none' as const, holidays: [], workdays: [], notice: null, updatedAt: null };
}

export async function setHolidayYear(ctx: UseCaseContext, input: { year: number; holidays: string[]; workdays: string[]; notice: string }) {
  const actor = staffOf(ctx);
  const holidays = [...new Set(input.holidays)].sort();
  const workdays = [...new Set(input.workdays)].sort();
  try {
    createWorkCalendar([{ year: input.year, holidays, workdays }]);
  } catch (err) {
    throw Errors.invalidInput([{ field: 'holidays', message: (err as Error).message }]);
  }
  const weekend = (d: string) => [0, 6].includes(dateColumn(d).getUTCDay());
  const weekdayWorked = workdays.find((d) => !weekend(d));
  if (weekdayWorked) throw Errors.invalidInput([{ field: 'workdays', message: `${weekdayWorked} 本来就是工作日，调休上班日应是周六或周日` }]);
  await inTransaction(ctx, async (tx) => {
    const data = { holidays, workdays, notice: input.notice, updatedBy: actor.username, updatedAt: tx.clock.now() };
    await tx.db.holidayYear.upsert({ where: { year: input.year }, create: { year: input.year, ...data }, update: data });
    await audit(tx, { action: 'calendar.set_year', subjectType: 'holiday_year', subjectId: String(input.year), details: { holidays: holidays.length, workdays: workdays.length, notice: input.notice } });
  });
  forgetWorkCalendar(ctx.memo);
  return getHolidayYear(ctx, { year: input.year });
}

// Statutory working-day clocks (行政许可法): every limit counts 工作日 — weekends and public holidays excluded,
// 调休 working Saturdays/Sundays included. Pure: no I/O and no Date.now(); "today" always comes in as an argument.
// Dates are China dates 'YYYY-MM-DD'; a JS Date passed instead is read as the China date of that instant.
import holidayData from 'chinese-days/dist/chinese-days.json';
import { isIsoDate } from './china-date';
import { BoundedMemo } from '../support/bounded-memo';

export type ChinaDate = string;
export type DateInput = ChinaDate | Date;

/** One State Council notice (国务院办公厅关于 YYYY 年部分节假日安排的通知) as entered by an admin. */
export interface YearOverride {
  year: number;
  /** Days off, including weekdays given off by 调休. */
  holidays: ChinaDate[];
  /** 调休 Saturdays/Sundays that are worked. */
  workdays: ChinaDate[];
}

export interface WorkCalendar {
  isWorkingDay(date: ChinaDate): boolean;
  /** Years with an official arrangement (package data or an override), ascending. */
  readonly coveredYears: readonly number[];
  /** False: the year counts Monday–Friday and every result touching it is an estimate (暂按工作日估算). */
  isYearCovered(year: number): boolean;
}

const pkg = holidayData as unknown as { holidays: Record<string, string>; workdays: Record<string, string> };

/**
 * Years chinese-days has the official arrangement for, read from its data: a year is known when its 1 January
 * (元旦, a statutory holiday every year) is listed. Stray late-December entries from the next year's notice
 * therefore don't make a year look covered, and a package upgrade extends coverage without a code change.
 */
export const PACKAGE_YEARS: readonly number[] = Object.keys(pkg.holidays)
  .filter((date) => date.endsWith('-01-01'))
  .map((date) => Number(date.slice(0, 4)))
  .sort((a, b) => a - b);

const DAY_MS = 86_400_000;
const yearOf = (date: ChinaDate): number => Number(date.slice(0, 4));
// Day numbers ↔ dates, remembered: the clocks of every case ask about the same few hundred dates, and each
// conversion (a check, a parse, a format) cost more than the counting itself. Bounded, as dates come from input.
const KEPT_DATES = 4096;
const dayByDate = new BoundedMemo<ChinaDate, number>(KEPT_DATES);
const dateByDay = new BoundedMemo<number, ChinaDate>(KEPT_DATES);
const fromDay = (day: number): ChinaDate => dateByDay.answer(day, () => new Date(day * DAY_MS).toISOString().slice(0, 10));
const toDay = (date: ChinaDate): number =>
  dayByDate.answer(date, () => {
    if (!isIsoDate(date)) throw new RangeError(`日期格式应为 YYYY-MM-DD：${date}`);
    return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
  });
const CHINA_OFFSET_MS = 8 * 3600 * 1000;
/** The China date of an instant as a day number: the same day as `chinaToday(value)` names. */
const dayOf = (value: DateInput): number => (value instanceof Date ? Math.floor((value.getTime() + CHINA_OFFSET_MS) / DAY_MS) : toDay(value));
const isWeekday = (day: number): boolean => ((day + 4) % 7 + 7) % 7 % 6 !== 0; // day 0 (1970-01-01) was a Thursday
// A calendar never changes once made, and the clocks ask it about the same few weeks over and over: each
// calendar's answers are kept by day number (a date string round trip per day was most of a clock's cost).
const answers = new WeakMap<WorkCalendar, Map<number, boolean>>();
function working(cal: WorkCalendar, day: number): boolean {
  let known = answers.get(cal);
  if (!known) answers.set(cal, (known = new Map()));
  let worked = known.get(day);
  if (worked === undefined) known.set(day, (worked = cal.isWorkingDay(fromDay(day))));
  return worked;
}

/**
 * Resolution of one date: a date an override lists wins (a notice may also fix late December of the year
 * before, e.g. 2011-12-31 in the 2012 notice); else a year with an override uses only that override plus
 * weekends; else a year the package knows uses the package; else Monday–Friday, as an estimate.
 */
export function createWorkCalendar(overrides: readonly YearOverride[] = []): WorkCalendar {
  const listed = new Map<ChinaDate, boolean>(); // date → is it worked
  const overrideYears = new Set<number>();
  for (const { year, holidays, workdays } of overrides) {
    if (!Number.isInteger(year) || overrideYears.has(year)) throw new RangeError(`${year} 年的节假日安排年份无效或重复`);
    overrideYears.add(year);
    for (const [dates, worked] of [[holidays, false], [workdays, true]] as const) {
      for (const date of dates) {
        if (!isIsoDate(date) || (yearOf(date) !== year && yearOf(date) !== year - 1)) {
          throw new RangeError(`${year} 年节假日安排中的日期无效：${date}`);
        }
        if (listed.get(date) === !worked) throw new RangeError(`${date} 不能既是放假日又是上班日`);
        listed.set(date, worked);
      }
    }
  }
  const packageYears = new Set(PACKAGE_YEARS);
  const coveredYears = [...new Set([...PACKAGE_YEARS, ...overrideYears])].sort((a, b) => a - b);
  const covered = new Set(coveredYears);
  return {
    coveredYears,
    isYearCovered: (year) => covered.has(year),
    isWorkingDay(date) {
      const day = toDay(date);
      const fixed = listed.get(date);
      if (fixed !== undefined) return fixed;
      if (!overrideYears.has(yearOf(date)) && packageYears.has(yearOf(date))) {
        if (pkg.workdays[date]) return true;
        if (pkg.holidays[date]) return false;
      }
      return isWeekday(day);
    },
  };
}

/** True when any year from `from` to `to` (either order) has no official arrangement: the result is an estimate. */
export function isEstimatedSpan(cal: WorkCalendar, from: ChinaDate, to: ChinaDate): boolean {
  const [first, last] = [yearOf(from), yearOf(to)].sort((a, b) => a - b);
  for (let year = first; year <= last; year++) if (!cal.isYearCovered(year)) return true;
  return false;
}

/**
 * The date n working days after `date` (the start day itself never counts); negative n goes back.
 * n = 0 returns `date` if it is a working day, else the next working day (as chinese-days' findWorkday(0)).
 */
export function addWorkingDays(cal: WorkCalendar, date: ChinaDate, n: number): ChinaDate {
  if (!Number.isInteger(n)) throw new RangeError(`工作日天数应为整数：${n}`);
  let day = toDay(date);
  const step = n < 0 ? -1 : 1;
  let left = n === 0 && !working(cal, day) ? 1 : Math.abs(n);
  while (left > 0) {
    day += step;
    if (working(cal, day)) left--;
  }
  return fromDay(day);
}

/** The date n working days before `date` (the start day itself does not count). */
export const subtractWorkingDays = (cal: WorkCalendar, date: ChinaDate, n: number): ChinaDate =>
  addWorkingDays(cal, date, -n);

/** Working days after `from` up to and including `to`; 0 when to ≤ from. */
export function workingDaysBetween(cal: WorkCalendar, from: ChinaDate, to: ChinaDate): number {
  let count = 0;
  for (let day = toDay(from) + 1, end = toDay(to); day <= end; day++) if (working(cal, day)) count++;
  return count;
}

/** Clock stopped (补正中, 特别程序, 挂起) on the dates [from, to); to = null while it still runs. */
export interface Pause {
  from: DateInput;
  to: DateInput | null;
}

/** What a case record supplies; acceptedAt is the 受理 date, null while not accepted. */
export interface CaseClockInput {
  submittedAt: DateInput;
  acceptedAt: DateInput | null;
  /** 承诺办结时限, in working days. */
  promiseDays: number;
  /** 即办件: due the day it is accepted, whatever promiseDays says. */
  instant: boolean;
  pauses?: readonly Pause[];
  today: DateInput;
}

export const ACCEPTANCE_DAYS = 5;
export const ACCEPTANCE_WARNING_DAY = 3;

export interface AcceptanceClock {
  dueDate: ChinaDate;
  elapsedWorkingDays: number;
  totalWorkingDays: number;
  paused: boolean;
  accepted: boolean;
  /** 'warning' from working day 3, 'alarm' from day 5, while not accepted. */
  level: 'none' | 'warning' | 'alarm';
  /** 第三十二条: not accepted by the due date ⇒ accepted as of the day the materials were received. */
  deemedAccepted: boolean;
  deemedAcceptedFrom: ChinaDate | null;
  estimated: boolean;
}

export interface FinishClock {
  /** The 受理 date the clock runs from: acceptedAt, or the submission date when acceptance is deemed. */
  startDate: ChinaDate;
  dueDate: ChinaDate;
  /** Counted working days up to today; above totalWorkingDays once overdue. */
  elapsedWorkingDays: number;
  totalWorkingDays: number;
  paused: boolean;
  flag: 'none' | 'yellow' | 'red';
  estimated: boolean;
}

type DayPause = { from: number; to: number | null };

/**
 * Counts working days after `start` that no pause covers. The due date is the day the count reaches `total`,
 * so a pause that begins on or before it pushes it back by exactly the working days it took, and a pause
 * begun after it (the clock had already run out) does not. An open pause is taken to run through `now`.
 */
function runClock(cal: WorkCalendar, start: number, total: number, pauses: DayPause[], now: number) {
  const isPaused = (day: number) => pauses.some((p) => day >= p.from && day < (p.to ?? now + 1));
  let counted = 0;
  let elapsed = 0;
  let due = total === 0 ? start : null;
  for (let day = start + 1; due === null || day <= now; day++) {
    if (!working(cal, day) || isPaused(day)) continue;
    counted++;
    if (day <= now) elapsed++;
    if (counted === total) due = day;
  }
  const pausedNow = pauses.some((p) => now >= p.from && (p.to === null || now < p.to));
  return { due: due as number, elapsed, pausedNow };
}

function dayPauses(pauses: readonly Pause[] = []): DayPause[] {
  return pauses.map(({ from, to }) => {
    const pause = { from: dayOf(from), to: to === null ? null : dayOf(to) };
    if (pause.to !== null && pause.to < pause.from) throw new RangeError(`暂停结束日期早于开始日期：${fromDay(pause.from)}`);
    return pause;
  });
}

/** 受理 clock: due 5 working days after submission; pauses before acceptance (补正) stop it. */
export function acceptanceClock(
  cal: WorkCalendar,
  input: Pick<CaseClockInput, 'submittedAt' | 'acceptedAt' | 'pauses' | 'today'>,
): AcceptanceClock {
  const submitted = dayOf(input.submittedAt);
  const today = dayOf(input.today);
  const acceptedDay = input.acceptedAt === null ? null : dayOf(input.acceptedAt);
  const accepted = acceptedDay !== null && acceptedDay <= today;
  const now = accepted ? acceptedDay : today; // the clock stops on acceptance
  const pauses = dayPauses(input.pauses).filter((p) => p.from <= now);
  const { due, elapsed, pausedNow } = runClock(cal, submitted, ACCEPTANCE_DAYS, pauses, now);
  const deemedAccepted = now > due; // also when accepted late: acceptance then dates back to receipt
  const level = accepted || elapsed < ACCEPTANCE_WARNING_DAY ? 'none' : elapsed < ACCEPTANCE_DAYS ? 'warning' : 'alarm';
  return {
    dueDate: fromDay(due),
    elapsedWorkingDays: elapsed,
    totalWorkingDays: ACCEPTANCE_DAYS,
    paused: !accepted && pausedNow,
    accepted,
    level,
    deemedAccepted,
    deemedAcceptedFrom: deemedAccepted ? fromDay(submitted) : null,
    estimated: isEstimatedSpan(cal, fromDay(submitted), fromDay(Math.max(due, now))),
  };
}

/**
 * 办结 clock: due = 受理 date + promiseDays working days, plus the working days pauses took. Null while the case
 * is neither accepted nor deemed accepted. Pass the finish date as `today` for a finished case.
 */
export function finishClock(cal: WorkCalendar, input: CaseClockInput): FinishClock | null {
  const { promiseDays, instant } = input;
  if (!Number.isInteger(promiseDays) || promiseDays < 0) throw new RangeError(`承诺办结时限应为非负整数：${promiseDays}`);
  const acceptance = acceptanceClock(cal, input);
  if (!acceptance.accepted && !acceptance.deemedAccepted) return null;
  const start = acceptance.deemedAccepted ? dayOf(input.submittedAt) : dayOf(input.acceptedAt as DateInput);
  const today = dayOf(input.today);
  const total = instant ? 0 : promiseDays;
  const { due, elapsed, pausedNow } = runClock(cal, start, total, dayPauses(input.pauses), today);
  // On the due day all days are used, so it is yellow (an instant case too); red only once it has passed.
  const flag = today > due ? 'red' : elapsed * 5 >= total * 4 ? 'yellow' : 'none';
  return {
    startDate: fromDay(start),
    dueDate: fromDay(due),
    elapsedWorkingDays: elapsed,
    totalWorkingDays: total,
    paused: pausedNow,
    flag,
    estimated: isEstimatedSpan(cal, fromDay(start), fromDay(Math.max(due, today))),
  };
}

// A case's clocks, from its row and its pauses: what screens show (src-shared clocks) and the two date
// columns kept on the row (due_date, warn_date) so that queues sort by due date and count flags in SQL.
import {
  ACCEPTANCE_WARNING_DAY,
  acceptanceClock,
  addWorkingDays,
  finishClock,
  subtractWorkingDays,
  type Pause,
  type WorkCalendar,
} from '../../src-shared/calendar/working-days';
import { isEnded, type CaseStatus } from '../../src-shared/applications/state-machine';
import { dateColumn } from '../../src-shared/calendar/china-date';

export interface ClockRow {
  status: CaseStatus;
  submittedDate: Date;
  acceptedAt: Date | null;
  endedAt: Date | null;
  promiseDays: number;
  instant: boolean;
}

export interface PauseRow {
  startDate: Date;
  endDate: Date | null;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const chinaDay = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

function clockInput(row: ClockRow, pauses: PauseRow[], today: string) {
  const end = row.endedAt ? chinaDay(row.endedAt) : today;
  return {
    submittedAt: day(row.submittedDate),
    acceptedAt: row.acceptedAt ? chinaDay(row.acceptedAt) : null,
    promiseDays: row.promiseDays,
    instant: row.instant,
    pauses: pauses.map((p): Pause => ({ from: day(p.startDate), to: p.endDate ? day(p.endDate) : null })),
    today: end < today ? end : today,
  };
}

/** The `clock` of the contract: deadlines, flag, pause, whether acceptance is deemed (art. 32). */
export function presentCaseClock(cal: WorkCalendar, row: ClockRow, pauses: PauseRow[], today: string) {
  const input = clockInput(row, pauses, today);
  const acceptance = acceptanceClock(cal, input);
  const finish = row.status === 'withdrawn' || row.status === 'rejected' ? null : finishClock(cal, input);
  const ended = isEnded(row.status);
  // Until a clerk accepts, the acceptance clock is the one a clerk must beat: past its deadline the case is
  // deemed accepted (and its finish date runs from receipt) but stays overdue for 受理 until it is done.
  const awaitingAcceptance = row.status === 'submitted' || row.status === 'correction';
  const running = awaitingAcceptance || !finish ? acceptance : finish;
  const flag = ended ? 'none' : awaitingAcceptance || !finish ? acceptance.level : finish.flag;
  return {
    acceptDue: acceptance.dueDate,
    finishDue: finish?.dueDate ?? null,
    deemedAccepted: acceptance.deemedAccepted,
    paused: !ended && (awaitingAcceptance ? acceptance.paused : Boolean(finish?.paused)),
    overdue: !ended && (awaitingAcceptance ? !acceptance.paused && input.today > acceptance.dueDate : finish?.flag === 'red'),
    flag,
    elapsedWorkingDays: running.elapsedWorkingDays,
    totalWorkingDays: running.totalWorkingDays,
    estimated: acceptance.estimated || Boolean(finish?.estimated),
  } as const;
}

/**
 * The row's due and warning dates for the clock that runs now: acceptance while 待受理 (warning from day 3),
 * finish while 办理中 (yellow from 80 % of the days); none while paused (补正, 特别程序) or ended.
 */
export function clockColumns(cal: WorkCalendar, row: ClockRow, pauses: PauseRow[], today: string) {
  if (isEnded(row.status) || row.status === 'correction' || row.status === 'special') return { dueDate: null, warnDate: null };
  const input = clockInput(row, pauses, today);
  if (row.status === 'submitted') {
    const acceptance = acceptanceClock(cal, input);
    const warn = subtractWorkingDays(cal, acceptance.dueDate, 5 - ACCEPTANCE_WARNING_DAY);
    return { dueDate: dateColumn(acceptance.dueDate), warnDate: dateColumn(warn) };
  }
  const finish = finishClock(cal, input);
  if (!finish) return { dueDate: null, warnDate: null };
  const total = finish.totalWorkingDays;
  const warn = total === 0 ? finish.dueDate : subtractWorkingDays(cal, finish.dueDate, total - Math.ceil(total * 0.8));
  return { dueDate: dateColumn(finish.dueDate), warnDate: dateColumn(warn) };
}

/** 受理 deadline of a case submitted on `date`. */
export const acceptanceDue = (cal: WorkCalendar, date: string) => addWorkingDays(cal, date, 5);

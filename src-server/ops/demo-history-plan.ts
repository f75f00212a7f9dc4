// What the demo history will do, decided before anything is done: for each case, the moments at which the
// resident and the clerks act, on working days for the clerks. Pure and deterministic (a seeded generator), so
// the same day gives the same history. Steps planned after "now" are simply not taken: recent cases stay open,
// and a few stay open past their deadline.
import { addWorkingDays, type WorkCalendar } from '../../src-shared/calendar/working-days';

export type StepKind =
  | 'submit' | 'accept' | 'correct' | 'supplement' | 'reject' | 'withdraw'
  | 'special_start' | 'special_end' | 'finish' | 'deny' | 'rate' | 'call_back' | 'reply';

export interface PlannedStep {
  at: Date;
  kind: StepKind;
  /** For `rate`: 1–5. */
  stars?: number;
}

/** mulberry32: small, fast and good enough to spread demo data. */
export function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    /** One of `weights`' keys, in proportion to its weight. */
    weighted: <K extends string>(weights: Record<K, number>): K => {
      const entries = Object.entries(weights) as [K, number][];
      let r = next() * entries.reduce((n, [, w]) => n + w, 0);
      for (const [k, w] of entries) if ((r -= w) < 0) return k;
      return entries[entries.length - 1][0];
    },
  };
}
export type Generator = ReturnType<typeof generator>;

/** The instant of a China date at hh:mm. */
export const at = (date: string, hour: number, minute = 0) =>
  new Date(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`);
export const chinaDateOf = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
export const shiftDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** How a case goes (before "now" cuts it short). */
const paths = {
  finish: 45, correction: 12, special: 7, deny: 5, reject: 6, withdraw: 5, correctionWithdraw: 3, slowFinish: 9, unanswered: 8,
} as const;
type Path = keyof typeof paths;

/** Satisfaction as residents give it: mostly good, a few bad ones that open a follow-up. */
const starWeights = { '5': 55, '4': 24, '3': 9, '2': 6, '1': 6 } as const;

export function planCase(g: Generator, cal: WorkCalendar, input: { submitAt: Date; promiseDays: number; ageDays: number }): PlannedStep[] {
  const steps: PlannedStep[] = [{ at: input.submitAt, kind: 'submit' }];
  // A clerk acts `n` working days after the last step, in office hours, never before it.
  const clerk = (kind: StepKind, n: number) => {
    const last = steps[steps.length - 1].at;
    let moment = at(addWorkingDays(cal, chinaDateOf(last), n), g.int(9, 16), g.int(0, 59));
    if (moment <= last) moment = new Date(last.getTime() + g.int(20, 90) * 60_000);
    steps.push({ at: moment, kind });
  };
  // The resident acts some calendar days later, in the evening as often as not.
  const resident = (kind: StepKind, days: number, extra: Partial<PlannedStep> = {}) => {
    const last = steps[steps.length - 1].at;
    let moment = at(shiftDays(chinaDateOf(last), days), g.int(8, 21), g.int(0, 59));
    if (moment <= last) moment = new Date(last.getTime() + g.int(30, 180) * 60_000);
    steps.push({ at: moment, kind, ...extra });
  };
  // Unanswered cases only among the last weeks' (a case left for months would be a scandal, not a demo).
  let path: Path = g.weighted(paths);
  if (path === 'unanswered' && input.ageDays > 40) path = 'finish';
  const acceptAfter = () => (g.next() < 0.1 ? g.int(6, 8) : g.pick([0, 1, 1, 2, 2, 3, 4]));
  const finishAfter = () => Math.max(0, Math.round(input.promiseDays * (0.2 + 0.7 * g.next())));

  switch (path) {
    case 'unanswered':
      break;
    case 'reject':
      clerk('reject', g.int(0, 3));
      break;
    case 'withdraw':
      resident('withdraw', g.int(0, 2));
      break;
    case 'correctionWithdraw':
      clerk('correct', g.int(0, 2));
      resident('withdraw', g.int(1, 6));
      break;
    case 'correction':
      clerk('correct', g.int(0, 2));
      if (g.next() < 0.85) {
        resident('supplement', g.int(0, 5));
        clerk('accept', g.int(0, 2));
        clerk('finish', finishAfter());
      }
      break;
    case 'special':
      clerk('accept', acceptAfter());
      clerk('special_start', g.int(1, 3));
      clerk('special_end', g.int(3, 8));
      clerk('finish', g.int(1, 3));
      break;
    case 'deny':
      clerk('accept', acceptAfter());
      clerk('deny', g.int(1, Math.max(1, input.promiseDays - 1)));
      break;
    case 'slowFinish':
      clerk('accept', acceptAfter());
      clerk('finish', input.promiseDays + g.int(3, 40));
      break;
    case 'finish':
      clerk('accept', acceptAfter());
      clerk('finish', finishAfter());
      break;
  }
  const ended = ['finish', 'deny', 'reject'].includes(steps[steps.length - 1].kind);
  if (ended && g.next() < 0.65) {
    const stars = Number(g.weighted(starWeights));
    resident('rate', g.int(0, 4), { stars });
    if (stars <= 2) {
      // The lead calls back, mostly the next working day, then replies within the limit — or late.
      clerk('call_back', g.next() < 0.8 ? g.int(0, 1) : g.int(2, 4));
      clerk('reply', g.next() < 0.8 ? g.int(2, 12) : g.int(16, 25));
    }
  }
  return steps;
}

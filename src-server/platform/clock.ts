// The one source of time on the server. Use cases, tokens and rate limits read it from the services, so tests
// can hold time still, set it or move it forward (token expiry, delegation dates, working-day clocks) without
// waiting.
import { chinaToday } from '../../src-shared/calendar/china-date';

export interface Clock {
  /** The current instant. */
  now(): Date;
  /** Today's date in Asia/Shanghai, YYYY-MM-DD: the day that counts for delegations, deadlines and publishing. */
  today(): string;
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => chinaToday(Date.now()),
};

/** A clock that only moves when told: for tests and benchmarks. */
export interface ManualClock extends Clock {
  set(at: Date | string | number): void;
  advance(ms: number): void;
}

export function manualClock(start: Date | string | number = Date.now()): ManualClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    today: () => chinaToday(current),
    set: (at) => {
      current = new Date(at).getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

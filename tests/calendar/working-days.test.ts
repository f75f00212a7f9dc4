// The statutory clocks count 工作日 with the State Council's holiday arrangement, 调休 Saturdays and Sundays
// included; these tables are checked by hand against the 2025 and 2026 notices.
import fc from 'fast-check';
import { isWorkday } from 'chinese-days';
import {
  acceptanceClock,
  addWorkingDays,
  createWorkCalendar,
  finishClock,
  subtractWorkingDays,
  workingDaysBetween,
} from '../../src-shared/calendar/working-days';
import { chinaToday } from '../../src-shared/calendar/china-date';

const cal = createWorkCalendar();

describe('working days across the Spring Festival and National Day of 2025 and 2026', () => {
  it.each([
    // from, n, expected, why
    ['2025-01-24', 1, '2025-01-26', '2025-01-26 is a 调休 Sunday that is worked'],
    ['2025-01-24', 5, '2025-02-07', 'the Spring Festival 01-28..02-04 does not count'],
    ['2025-02-07', 1, '2025-02-08', '2025-02-08 is a worked Saturday'],
    ['2025-09-26', 5, '2025-10-10', 'Sunday 09-28 counts, 10-01..10-08 do not'],
    ['2025-10-10', 1, '2025-10-11', '2025-10-11 is a worked Saturday'],
    ['2026-02-13', 1, '2026-02-14', '2026-02-14 is a worked Saturday'],
    ['2026-02-13', 5, '2026-02-27', 'the Spring Festival 02-15..02-23 does not count'],
    ['2026-02-27', 1, '2026-02-28', '2026-02-28 is a worked Saturday'],
    ['2026-09-18', 5, '2026-09-24', 'Sunday 09-20 counts'],
    ['2026-09-18', 11, '2026-10-10', 'Mid-Autumn 09-25..27 and National Day 10-01..07 do not count; Saturday 10-10 does'],
  ])('%s + %i working days = %s (%s)', (from, n, expected) => {
    expect(addWorkingDays(cal, from, n)).toBe(expected);
    expect(subtractWorkingDays(cal, expected, n)).toBe(from);
  });

  it('counts the working days between two dates', () => {
    expect(workingDaysBetween(cal, '2026-09-30', '2026-10-08')).toBe(1);
    expect(workingDaysBetween(cal, '2025-01-27', '2025-02-05')).toBe(1);
    expect(workingDaysBetween(cal, '2026-03-02', '2026-03-02')).toBe(0);
  });

  it('agrees with chinese-days on every day from 2004 to 2026', () => {
    for (let t = Date.UTC(2004, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      if (cal.isWorkingDay(date) !== isWorkday(date)) throw new Error(`disagrees on ${date}`);
    }
  });
});

describe('years the package does not know', () => {
  it('counts Monday to Friday for 2027 and marks the result as an estimate', () => {
    expect(cal.isYearCovered(2027)).toBe(false);
    expect(cal.isWorkingDay('2027-01-01')).toBe(true); // a Friday: no notice, so no holiday known
    const clock = acceptanceClock(cal, { submittedAt: '2026-12-29', acceptedAt: null, today: '2026-12-29' });
    expect(clock.dueDate).toBe('2027-01-05');
    expect(clock.estimated).toBe(true);
  });

  it('follows an admin-entered notice for 2027, including a 调休 Sunday', () => {
    const withNotice = createWorkCalendar([
      { year: 2027, holidays: ['2027-01-01', '2027-02-05', '2027-02-08'], workdays: ['2027-02-07'] },
    ]);
    expect(withNotice.isYearCovered(2027)).toBe(true);
    expect(withNotice.isWorkingDay('2027-01-01')).toBe(false);
    expect(withNotice.isWorkingDay('2027-02-07')).toBe(true);
    expect(addWorkingDays(withNotice, '2026-12-31', 1)).toBe('2027-01-04');
    const clock = acceptanceClock(withNotice, { submittedAt: '2026-12-29', acceptedAt: null, today: '2026-12-29' });
    expect(clock).toMatchObject({ dueDate: '2027-01-06', estimated: false });
  });

  it('refuses a notice that makes a day both off and worked, or a date outside its year', () => {
    expect(() => createWorkCalendar([{ year: 2027, holidays: ['2027-02-07'], workdays: ['2027-02-07'] }])).toThrow('既是放假日又是上班日');
    expect(() => createWorkCalendar([{ year: 2027, holidays: ['2029-01-01'], workdays: [] }])).toThrow('日期无效');
  });
});

describe('the acceptance clock (5 working days, 行政许可法 第三十二条)', () => {
  const submittedAt = '2026-02-13';
  it.each([
    ['2026-02-14', 'none', 1],
    ['2026-02-25', 'warning', 3],
    ['2026-02-27', 'alarm', 5],
  ])('on %s the level is %s after %i working days', (today, level, elapsed) => {
    expect(acceptanceClock(cal, { submittedAt, acceptedAt: null, today })).toMatchObject({
      dueDate: '2026-02-27',
      level,
      elapsedWorkingDays: elapsed,
      deemedAccepted: false,
    });
  });

  it('counts a case not accepted by the deadline as accepted from the day it was received', () => {
    expect(acceptanceClock(cal, { submittedAt, acceptedAt: null, today: '2026-02-28' })).toMatchObject({
      deemedAccepted: true,
      deemedAcceptedFrom: '2026-02-13',
    });
    const finish = finishClock(cal, { submittedAt, acceptedAt: null, today: '2026-02-28', promiseDays: 10, instant: false });
    expect(finish).toMatchObject({ startDate: '2026-02-13', dueDate: addWorkingDays(cal, '2026-02-13', 10) });
  });

  it('stops while the resident corrects the materials', () => {
    const clock = acceptanceClock(cal, {
      submittedAt,
      acceptedAt: null,
      pauses: [{ from: '2026-02-24', to: '2026-02-26' }],
      today: '2026-02-25',
    });
    expect(clock).toMatchObject({ paused: true, elapsedWorkingDays: 1, dueDate: '2026-03-02' }); // Saturday 02-28 is worked
  });
});

describe('the finish clock', () => {
  const base = { submittedAt: '2026-09-17', acceptedAt: '2026-09-18', promiseDays: 5, instant: false };
  it.each([
    ['2026-09-22', 'none'],
    ['2026-09-23', 'yellow'], // 4 of 5 working days used: 80 %
    ['2026-09-24', 'yellow'],
    ['2026-09-28', 'red'],
  ])('on %s the flag is %s', (today, flag) => {
    expect(finishClock(cal, { ...base, today })).toMatchObject({ dueDate: '2026-09-24', flag });
  });

  it('adds back a correction pause', () => {
    const clock = finishClock(cal, { ...base, pauses: [{ from: '2026-09-21', to: '2026-09-23' }], today: '2026-09-24' });
    expect(clock).toMatchObject({ dueDate: '2026-09-29', flag: 'none' });
  });

  it('makes a 即办件 due the day it is accepted', () => {
    expect(finishClock(cal, { ...base, instant: true, today: '2026-09-18' })).toMatchObject({ dueDate: '2026-09-18', flag: 'yellow' });
    expect(finishClock(cal, { ...base, instant: true, today: '2026-09-21' })).toMatchObject({ flag: 'red' });
  });

  it('is null before acceptance', () => {
    expect(finishClock(cal, { ...base, acceptedAt: null, today: '2026-09-18' })).toBeNull();
  });
});

describe('properties', () => {
  const day = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 11, 31) }).map((t) => {
    const date = new Date(t - (t % 86_400_000)).toISOString().slice(0, 10);
    return cal.isWorkingDay(date) ? date : addWorkingDays(cal, date, 0);
  });

  it('n working days forward then back is the identity (on a working day)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 80 }), (date, n) => {
        expect(subtractWorkingDays(cal, addWorkingDays(cal, date, n), n)).toBe(date);
      }),
    );
  });

  it('a pause of k working days before the due date moves it by exactly k working days', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 20 }), fc.nat(), (accepted, promise, k, at) => {
        const plain = finishClock(cal, { submittedAt: accepted, acceptedAt: accepted, promiseDays: promise, instant: false, today: accepted })!;
        const from = addWorkingDays(cal, accepted, 1 + (at % promise)); // a working day on or before the due date
        const to = addWorkingDays(cal, from, k);
        const paused = finishClock(cal, {
          submittedAt: accepted,
          acceptedAt: accepted,
          promiseDays: promise,
          instant: false,
          pauses: [{ from, to }],
          today: to,
        })!;
        expect(paused.dueDate).toBe(addWorkingDays(cal, plain.dueDate, k));
      }),
    );
  });

  it('an instant counts as its China date (UTC+8), whether given as a Date or as that date', () => {
    const instant = fc.date({ min: new Date('2024-12-01T00:00:00Z'), max: new Date('2027-02-01T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instant, instant, fc.integer({ min: 1, max: 20 }), (submitted, seen, promise) => {
        const [first, later] = submitted <= seen ? [submitted, seen] : [seen, submitted];
        const asDates = { submittedAt: first, acceptedAt: first, promiseDays: promise, instant: false, today: later };
        const asDays = { submittedAt: chinaToday(first), acceptedAt: chinaToday(first), promiseDays: promise, instant: false, today: chinaToday(later) };
        expect(finishClock(cal, asDates)).toEqual(finishClock(cal, asDays));
        expect(acceptanceClock(cal, { ...asDates, acceptedAt: null })).toEqual(acceptanceClock(cal, { ...asDays, acceptedAt: null }));
      }),
    );
    // 2026-09-30T16:00Z is already 10-01 in China: a holiday.
    expect(acceptanceClock(cal, { submittedAt: new Date('2026-09-30T16:00:00Z'), acceptedAt: null, today: '2026-10-01' }).dueDate)
      .toBe(acceptanceClock(cal, { submittedAt: '2026-10-01', acceptedAt: null, today: '2026-10-01' }).dueDate);
  });
});

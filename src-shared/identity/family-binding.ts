// Family binding (亲情代办): whether a relation agrees with the two people's birth dates (both read from
// their ID numbers) and whether the binding takes effect at once or waits for the person's consent.
// Shared by the server (which decides) and the mini-program (which explains).

export const familyStatuses = ['pending', 'active'] as const;
export type FamilyStatus = (typeof familyStatuses)[number];
export const familyBindMethods = ['guardian', 'confirmed', 'station'] as const;
export type FamilyBindMethod = (typeof familyBindMethods)[number];

export const familyBindMethodLabels: Record<FamilyBindMethod, string> = {
  guardian: '监护人直接绑定（未成年子女）',
  confirmed: '本人在自己的账号中确认',
  station: '在便民服务站当面确认',
};

/** Age of majority (民法典第十七条). */
export const ADULT_AGE = 18;
/** Legal marriage age (民法典第一千零四十七条): men 22, women 20. */
const MARRIAGE_AGE = { male: 22, female: 20 } as const;

const younger = new Set(['子女', '孙子女']);
const older = new Set(['父母', '祖父母', '外祖父母']);

/** The birth date (yyyymmdd) in an 18-character ID number that passed the format check. */
const birthOf = (idNumber: string) => idNumber.slice(6, 14);

/** Full years of age on `today` (local calendar date in China, UTC+8). */
export function ageOn(idNumber: string, today: Date): number {
  const local = new Date(today.getTime() + 8 * 3600_000);
  const year = Number(idNumber.slice(6, 10));
  const monthDay = Number(idNumber.slice(10, 14));
  const todayMonthDay = (local.getUTCMonth() + 1) * 100 + local.getUTCDate();
  return local.getUTCFullYear() - year - (todayMonthDay < monthDay ? 1 : 0);
}

/** The 17th character is odd for men and even for women (GB 11643-1999). */
const sexOf = (idNumber: string) => (Number(idNumber[16]) % 2 === 1 ? 'male' : 'female');

export type BindingDecision =
  | { ok: false; field: 'idNumber' | 'relation'; message: string }
  | { ok: true; method: 'guardian' | null };

/**
 * Whether `member` may be bound as `relation` of `self` (both ID numbers), and how: `guardian` = at once (a
 * minor child bound by their parent), null = only after the person confirms (own account or a station).
 */
export function decideBinding(self: string, member: string, relation: string, today: Date): BindingDecision {
  if (self === member) return { ok: false, field: 'idNumber', message: '不能把您本人的身份证号绑定为家庭成员' };
  if (younger.has(relation) && birthOf(member) <= birthOf(self)) {
    return { ok: false, field: 'relation', message: `${relation}的出生日期应晚于您本人，请核对身份证号或与您的关系` };
  }
  if (older.has(relation) && birthOf(member) >= birthOf(self)) {
    return { ok: false, field: 'relation', message: `${relation}的出生日期应早于您本人，请核对身份证号或与您的关系` };
  }
  if (relation === '配偶') {
    const underage = [self, member].some((id) => ageOn(id, today) < MARRIAGE_AGE[sexOf(id)]);
    if (underage) return { ok: false, field: 'relation', message: '按身份证号的出生日期，双方未都达到法定婚龄，请核对身份证号或与您的关系' };
  }
  const minorChild = relation === '子女' && ageOn(member, today) < ADULT_AGE;
  return { ok: true, method: minorChild ? 'guardian' : null };
}

// Resident ID numbers (居民身份证号, GB 11643-1999) and mainland mobile numbers: checks and masks, shared by
// the server (which decides) and the mini-program (which tells the resident early).

/** Province-level codes of GB/T 2260 that begin an ID number (plus 71 台湾, 81 香港, 82 澳门). */
const provinceCodes = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChars = '10X98765432';

/** The check character of the first 17 digits (ISO 7064 MOD 11-2). */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i];
  return checkChars[sum % 11];
}

export type IdNumberProblem = 'format' | 'region' | 'birthDate' | 'checkDigit';

export const idNumberMessages: Record<IdNumberProblem, string> = {
  format: '身份证号应为 18 位，前 17 位是数字，最后一位是数字或 X',
  region: '身份证号前两位不是有效的省级行政区划代码，请核对',
  birthDate: '身份证号中的出生日期不正确，请核对',
  checkDigit: '身份证号校验位不对，可能有数字输错了，请逐位核对',
};

/** Upper-cases a final x and strips spaces people type in; does not validate. */
export function normalizeIdNumber(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** The first problem with an 18-character ID number, or null when it is valid. `today` only for tests. */
export function idNumberProblem(idNumber: string, today: Date = new Date()): IdNumberProblem | null {
  if (!/^\d{17}[\dX]$/.test(idNumber)) return 'format';
  if (!provinceCodes.has(idNumber.slice(0, 2))) return 'region';
  const year = Number(idNumber.slice(6, 10));
  const month = Number(idNumber.slice(10, 12));
  const day = Number(idNumber.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  const valid =
    year >= 1900 &&
    birth.getUTCFullYear() === year &&
    birth.getUTCMonth() === month - 1 &&
    birth.getUTCDate() === day &&
    birth.getTime() <= today.getTime();
  if (!valid) return 'birthDate';
  if (idCheckChar(idNumber.slice(0, 17)) !== idNumber[17]) return 'checkDigit';
  return null;
}

/** 4105**********1234: region prefix and last four, as the rules show ID numbers. */
export function maskIdNumber(idNumber: string): string {
  return idNumber.slice(0, 4) + '*'.repeat(idNumber.length - 8) + idNumber.slice(-4);
}

export const phonePattern = /^1[3-9]\d{9}$/;
export const phoneMessage = '手机号应为 11 位数字，以 1 开头';

/** 138****5678 */
export function maskPhone(phone: string): string {
  return phone.slice(0, 3) + '****' + phone.slice(-4);
}

/** A person's name as on the ID card: Chinese, possibly with · (少数民族) or Latin letters. */
export const personNamePattern = /^[\u4e00-\u9fa5·•A-Za-z .]+$/;
export const personNameMaxLength = 32;
export const personNameMessage = '姓名只能包含汉字、字母和间隔号·';

/** Family members a resident may bind for 亲情代办. */
export const MAX_FAMILY_MEMBERS = 5;

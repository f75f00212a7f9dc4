// The grounding check of the optional language model: a phrased answer may be sent only if every number,
// date, fee, phone number, material name and document title in it can be found in the fields it was given.
// Pure, so it can be table-tested; language-model.ts sends the template answer when it finds anything.

/** What a phrased answer may draw on (see language-model.ts). */
export interface GroundedFacts {
  /** The matter the answer is about. */
  matterName: string;
  /** The template answer (what is sent when the model is off, fails or is caught inventing). */
  template: string;
  /** Every field value the answer may draw on (material names, limits, fees, place, hours, phone…), as text. */
  fields: string[];
}

interface DateValue {
  y?: number;
  m: number;
  d?: number;
}

/** A length of time: such a number must match one of the same kind (3 个工作日 is not the 3 of 3 号窗口). */
type Span = 'days' | 'hours' | 'months' | 'years';
const SPANS: Record<string, Span> = {
  个工作日: 'days', 工作日: 'days', 自然日: 'days', 天: 'days', 日: 'days',
  个小时: 'hours', 小时: 'hours', 个月: 'months', 年: 'years',
};

interface Extracted {
  dates: { text: string; value: DateValue }[];
  phones: { text: string; digits: string }[];
  numbers: { text: string; value: number; span?: Span }[];
  /** Amounts with a money unit, in yuan. */
  money: { text: string; value: number }[];
}

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const CN_NUM = '[零〇一二两三四五六七八九十百千万亿]';
const CN_DATE_PART = '[〇零一二三四五六七八九十]';

// Chinese numerals are only read as numbers before a unit: 一/二/十 occur inside ordinary words (统一, 一般).
// Longer units first so 个工作日 and 个月 are not read as 个 alone (their kind of span matters).
const UNITS = [
  '个工作日', '工作日', '自然日', '个小时', '个月', '小时', '分钟', '周岁', '平方米', '公里', '公斤', '分钱',
  '个', '天', '日', '元', '块', '角', '份', '张', '次', '年', '月', '周', '岁', '页', '件', '本', '人', '户',
  '项', '种', '名', '位', '寸', '倍', '号', '点', '时', '秒', '米', '克', '折', '层', '间', '套', '辆', '台',
  '批', '类', '级', '联', '条', '款', '章', '节',
];
const UNIT_RE = UNITS.join('|');

// Set phrases whose numerals are no quantity (一次性告知, 一件事一次办, 十分方便); blanked before reading numbers.
const IDIOMS = /一次性|一件事|一次办|跑一次|一站式|一网通办|一窗|十分(?!钟)|万一|千万(?=[不别要记])/g;

// Words that claim the resident pays; a negation just before (不收费, 免收工本费, 无需缴费) takes the claim back.
const CHARGE_WORDS = ['收费', '缴费', '交费', '付费', '工本费', '收取'];
const NEGATION = /[不免无未没零非]/;
// Labels, not claims: 收费标准：不收费.
const CHARGE_LABELS = /收费(标准|情况|依据|项目)/g;
const FREE_WORDS = /不收费|免费|免收|不收取|无需缴费|无需交费|无收费|零收费/;

/** NFKC turns full-width digits, letters and punctuation (１２、：、－) into their ASCII forms. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(/[‐‑‒–]/g, '-');
}

function parseChineseNumber(text: string): number | null {
  if (![...text].every((ch) => ch in CN_DIGITS || ch in CN_SMALL || ch in CN_BIG)) return null;
  // Digits only (二〇二六): read place by place.
  if ([...text].every((ch) => ch in CN_DIGITS)) {
    return text.length === 1 ? CN_DIGITS[text] : Number([...text].map((ch) => CN_DIGITS[ch]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in CN_DIGITS) digit = CN_DIGITS[ch];
    else if (ch in CN_SMALL) {
      section += (digit ?? 1) * CN_SMALL[ch];
      digit = null;
    } else {
      section += digit ?? 0;
      total += (section || 1) * CN_BIG[ch];
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

function parseDatePart(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumber(text);
}

function validDate(value: DateValue): boolean {
  return value.m >= 1 && value.m <= 12 && (value.d === undefined || (value.d >= 1 && value.d <= 31));
}

const DATE_PATTERNS: RegExp[] = [
  // 2026-12-14, 2026/12/14, 2026.12.14
  /(?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.])/g,
  // 2026年12月14日, 二〇二六年十二月十四日, 2026年12月
  new RegExp(`(\\d{4}|${CN_DATE_PART}{4})\\s*年\\s*(\\d{1,2}|${CN_DATE_PART}{1,3})\\s*月(?:\\s*(\\d{1,2}|${CN_DATE_PART}{1,3})\\s*[日号])?`, 'g'),
  // 12月14日, 十二月十四日
  new RegExp(`(?<![\\d〇零一二三四五六七八九十])()(\\d{1,2}|${CN_DATE_PART}{1,3})\\s*月\\s*(\\d{1,2}|${CN_DATE_PART}{1,3})\\s*[日号]`, 'g'),
];

/** Replaces each match with spaces so later patterns do not read its digits again. */
function blank(text: string, start: number, length: number): string {
  return text.slice(0, start) + ' '.repeat(length) + text.slice(start + length);
}

function extract(raw: string): Extracted {
  let text = normaliseText(raw);
  const found: Extracted = { dates: [], phones: [], numbers: [], money: [] };

  for (const pattern of DATE_PATTERNS) {
    for (const match of [...text.matchAll(pattern)]) {
      const y = match[1] ? parseDatePart(match[1]) : null;
      const m = parseDatePart(match[2]);
      const d = match[3] ? parseDatePart(match[3]) : null;
      if (m === null) continue;
      const value: DateValue = { m, ...(y !== null ? { y } : {}), ...(d !== null ? { d } : {}) };
      if (!validDate(value)) continue;
      found.dates.push({ text: match[0].trim(), value });
      text = blank(text, match.index!, match[0].length);
    }
  }

  // Phone numbers: a run with a dash holding 5+ digits (0372-12345), or 7+ digits in a row (mobiles).
  for (const match of [...text.matchAll(/(?<![\d.])\d[\d-]*\d(?![\d.])/g)]) {
    const digits = match[0].replace(/-/g, '');
    if ((match[0].includes('-') && digits.length >= 5 && !/^\d{1,4}-\d{1,4}$/.test(match[0])) || /^\d{7,}$/.test(match[0])) {
      found.phones.push({ text: match[0], digits });
      text = blank(text, match.index!, match[0].length);
    }
  }

  text = text.replace(IDIOMS, (idiom) => ' '.repeat(idiom.length));

  const numberRe = new RegExp(
    `(\\d+(?:\\.\\d+)?)\\s*([万亿])?\\s*(${UNIT_RE})?` +
      `|(?<=百分之)(${CN_NUM}+)` +
      `|(${CN_NUM}+)\\s*(${UNIT_RE})`,
    'g',
  );
  for (const match of text.matchAll(numberRe)) {
    let value: number | null;
    let unit: string | undefined;
    if (match[1] !== undefined) {
      value = Number(match[1]) * (match[2] ? CN_BIG[match[2]] : 1);
      unit = match[3];
    } else if (match[4] !== undefined) {
      value = parseChineseNumber(match[4]);
    } else {
      value = parseChineseNumber(match[5]);
      unit = match[6];
    }
    if (value === null || Number.isNaN(value)) continue;
    const shown = match[0].trim();
    const span = unit === undefined ? undefined : SPANS[unit];
    found.numbers.push({ text: shown, value, ...(span ? { span } : {}) });
    if (unit === '元' || unit === '块' || unit === '分钱') {
      found.money.push({ text: shown, value: unit === '分钱' ? value / 100 : value });
    } else if (unit === '角') {
      found.money.push({ text: shown, value: value / 10 });
    }
  }
  return found;
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}

function dateSupported(claim: DateValue, known: DateValue[]): boolean {
  return known.some(
    (f) =>
      (claim.y === undefined || claim.y === f.y) &&
      claim.m === f.m &&
      (claim.d === undefined || claim.d === f.d),
  );
}

/** Whether the text says the resident pays (收费、缴费…), not counting negated mentions (不收费、无需缴费). */
function claimsCharge(rawText: string): string | null {
  const text = rawText.replace(CHARGE_LABELS, (label) => ' '.repeat(label.length));
  for (const word of CHARGE_WORDS) {
    let from = 0;
    for (let at = text.indexOf(word, from); at !== -1; at = text.indexOf(word, from)) {
      from = at + word.length;
      // Look back to the previous punctuation, at most 6 characters: 不收取任何费用, 无需缴费.
      const before = text.slice(Math.max(0, at - 6), at).split(/[，。；、,.;!?！？\s]/).pop() ?? '';
      if (!NEGATION.test(before)) return word;
    }
  }
  return null;
}

/**
 * The parts of `output` that the facts do not support (numbers, dates, fees, phone numbers, material names and
 * 《titles》); empty means grounded. `knownMaterialNames` are the catalog's material names: one of them in the
 * output must also be in the facts.
 */
export function ungroundedParts(output: string, facts: GroundedFacts, knownMaterialNames: Iterable<string>): string[] {
  const factsText = normaliseText([facts.matterName, facts.template, ...facts.fields].join('\n'));
  const outText = normaliseText(output);
  const said = extract(outText);
  const known = extract(factsText);
  const problems = new Set<string>();

  const knownNumbers = [
    ...known.numbers,
    ...known.dates.flatMap((d) => (d.value.y ? [{ value: d.value.y, span: 'years' as Span }] : [])),
  ];
  // A phone number in the facts may be cited in full, without its dashes, or by its local part.
  const knownPhones = new Set(known.phones.flatMap((p) => [p.digits, ...p.text.split('-').filter((part) => part.length >= 5)]));
  for (const n of known.numbers) knownPhones.add(String(n.value));

  for (const date of said.dates) {
    if (!dateSupported(date.value, known.dates.map((d) => d.value))) problems.add(date.text);
  }
  for (const phone of said.phones) {
    if (!knownPhones.has(phone.digits)) problems.add(phone.text);
  }
  for (const number of said.numbers) {
    const supported = knownNumbers.some((k) => sameNumber(k.value, number.value) && (!number.span || k.span === number.span));
    if (!supported) problems.add(number.text);
  }

  // Money must match an amount of money in the facts: a 5 that is 5 个工作日 there is no 5 元 fee.
  const factsFree = known.money.length === 0 && (FREE_WORDS.test(factsText) || claimsCharge(factsText) === null);
  for (const amount of said.money) {
    const supported = known.money.some((m) => sameNumber(m.value, amount.value)) || (amount.value === 0 && factsFree);
    if (!supported) problems.add(amount.text);
  }
  if (factsFree) {
    const charge = claimsCharge(outText);
    if (charge) problems.add(charge);
  }

  for (const name of knownMaterialNames) {
    const wanted = normaliseText(name).trim();
    if (wanted.length >= 2 && outText.includes(wanted) && !factsText.includes(wanted)) problems.add(wanted);
  }
  for (const match of outText.matchAll(/《[^》]+》/g)) {
    if (!factsText.includes(match[0])) problems.add(match[0]);
  }
  return [...problems];
}

// The catalog as a spreadsheet: sheet 事项 (one row per matter), sheet 情形 (办理情形) and sheet 材料 (one row per
// material), the way catalog offices exchange lists. One column table drives the template, the export and the import, so
// the three cannot disagree. Lists inside a cell are one item per line; parts of an item are split by |.
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import type { MatterSource } from '../../src-shared/contracts/catalog-source';
import {
  ACCEPTED_AT_SHORT,
  DEPARTMENT_COLUMNS,
  MATERIAL_SHEET_HEADERS,
  MATTER_SHEET_HEADERS,
  NECESSITY_PLAIN,
  SHEET_NAMES,
  SITUATION_FIELD_LABELS,
} from '../../src-shared/catalog/labels';

type Matter = MatterSource;
type Material = Matter['materials'][number];

const lines = (v: string) => v.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
const parts = (v: string) => v.split('|').map((s) => s.trim());
const list = (v: string) => v.split(/[、,，\s]+/).map((s) => s.trim()).filter(Boolean);
const num = (v: string) => (v.trim() === '' ? undefined : Number(v));
const yes = (v: string) => /^(是|true|1|y)$/i.test(v.trim());
const levelLabels: Record<string, string> = ACCEPTED_AT_SHORT;
const levelNames = Object.fromEntries(Object.entries(levelLabels).map(([k, v]) => [v, k])) as Record<string, Matter['acceptedAt'][number]>;
const necessityLabels: Record<string, string> = NECESSITY_PLAIN;
const necessityNames = Object.fromEntries(Object.entries(necessityLabels).map(([k, v]) => [v, k])) as Record<string, Material['necessity']>;
const H = MATTER_SHEET_HEADERS;
const NO_LIMIT = '无';
const M = MATERIAL_SHEET_HEADERS;

interface Column {
  header: string;
  width?: number;
  /** Matter → cell text. */
  write: (m: Matter) => string | number;
  /** Cell text → the fields it sets (only when the cell is not empty). */
  read: (text: string) => Partial<Record<keyof Matter, unknown>>;
}

export const matterColumns: Column[] = [
  { header: H.key, write: (m) => m.key, read: (t) => ({ key: t }) },
  { header: H.name, width: 30, write: (m) => m.name, read: (t) => ({ name: t }) },
  { header: H.mainItem, width: 24, write: (m) => m.mainItem, read: (t) => ({ mainItem: t }) },
  { header: H.baseCode, write: (m) => m.baseCode, read: (t) => ({ baseCode: t }) },
  { header: H.itemCode, width: 20, write: (m) => m.itemCode, read: (t) => ({ itemCode: t }) },
  { header: H.type, write: (m) => m.type, read: (t) => ({ type: t.padStart(2, '0') }) },
  { header: H.level, write: (m) => m.level, read: (t) => ({ level: num(t) }) },
  { header: H.acceptedAt, write: (m) => m.acceptedAt.map((a) => levelLabels[a]).join('、'), read: (t) => ({ acceptedAt: list(t).map((x) => levelNames[x] ?? x) }) },
  { header: H.channels, write: (m) => m.channels.join('、'), read: (t) => ({ channels: list(t).map(Number) }) },
  { header: H.bodyNature, write: (m) => m.bodyNature, read: (t) => ({ bodyNature: num(t) }) },
  { header: H.audiences, write: (m) => m.audiences.join('、'), read: (t) => ({ audiences: list(t).map(Number) }) },
  { header: H.topics, write: (m) => m.topics.join('、'), read: (t) => ({ topics: list(t) }) },
  {
    header: H.basis, width: 40,
    write: (m) => m.basis.map((b) => [b.law, b.article ?? '', b.excerpt].join('|')).join('\n'),
    read: (t) => ({ basis: lines(t).map((l) => { const [law, article, excerpt] = parts(l); return { law, ...(article ? { article } : {}), excerpt }; }) }),
  },
  { header: H.conditions, width: 40, write: (m) => m.conditions.join('\n'), read: (t) => ({ conditions: lines(t) }) },
  {
    // 无: no law or policy sets a limit.
    header: H.legalLimit, write: (m) => [m.legalLimit.none ? NO_LIMIT : m.legalLimit.value, m.legalLimit.unit, m.legalLimit.note ?? ''].join('|'),
    read: (t) => {
      const [value, unit, note] = parts(t);
      const none = value === NO_LIMIT;
      return { legalLimit: { value: none ? 0 : num(value), unit: unit || '工作日', ...(note ? { note } : {}), ...(none ? { none } : {}) } };
    },
  },
  {
    header: H.promiseLimit, write: (m) => [m.promiseLimit.value, m.promiseLimit.unit, m.promiseLimit.note ?? ''].join('|'),
    read: (t) => { const [value, unit, note] = parts(t); return { promiseLimit: { value: num(value), unit: unit || '工作日', ...(note ? { note } : {}) } }; },
  },
  { header: H.kind, write: (m) => m.kind, read: (t) => ({ kind: num(t) }) },
  { header: H.visits, write: (m) => m.visits, read: (t) => ({ visits: num(t) }) },
  { header: H.onlineDepth, write: (m) => m.onlineDepth, read: (t) => ({ onlineDepth: num(t) }) },
  { header: H.reach, write: (m) => m.reach, read: (t) => ({ reach: t }) },
  {
    header: H.fees, width: 30,
    write: (m) => m.fees.map((f) => [f.name, f.standard, f.amountFen ?? '', f.basis, f.reducible ? '是' : '否'].join('|')).join('\n'),
    read: (t) => ({ fees: lines(t).map((l) => { const [name, standard, amount, basis, reducible] = parts(l); return { name, standard, ...(amount ? { amountFen: Number(amount) } : {}), basis, reducible: yes(reducible ?? '') }; }) }),
  },
  {
    header: H.steps, width: 40,
    write: (m) => m.steps.map((s) => [s.name, s.description, s.days, s.counted ? '是' : '否'].join('|')).join('\n'),
    read: (t) => ({ steps: lines(t).map((l) => { const [name, description, days, counted] = parts(l); return { name, description, days: Number(days), counted: yes(counted ?? '是') }; }) }),
  },
  {
    header: H.result, write: (m) => [m.result.type, m.result.name, m.result.delivery.join('、')].join('|'),
    read: (t) => { const [type, name, delivery] = parts(t); return { result: { type, name, delivery: list(delivery ?? '') } }; },
  },
  { header: H.faq, width: 40, write: (m) => m.faq.map((f) => `${f.q}|${f.a}`).join('\n'), read: (t) => ({ faq: lines(t).map((l) => { const [q, a] = parts(l); return { q, a }; }) }) },
  { header: H.aliases, write: (m) => m.aliases.join('、'), read: (t) => ({ aliases: list(t) }) },
  { header: H.keywords, write: (m) => m.keywords.join('、'), read: (t) => ({ keywords: list(t) }) },
  { header: H.form, width: 30, write: (m) => JSON.stringify(m.form), read: (t) => ({ form: JSON.parse(t) }) },
  { header: H.hotline, write: (m) => m.hotline ?? '', read: (t) => ({ hotline: t }) },
];

const materialColumns: { header: string; write: (m: Material) => string | number; read: (t: string) => Partial<Material> }[] = [
  { header: M.name, write: (m) => m.name, read: (t) => ({ name: t }) },
  { header: M.kind, write: (m) => m.kind, read: (t) => ({ kind: t as Material['kind'] }) },
  { header: M.form, write: (m) => m.form, read: (t) => ({ form: t as Material['form'] }) },
  { header: M.necessity, write: (m) => necessityLabels[m.necessity], read: (t) => ({ necessity: necessityNames[t] ?? (t as Material['necessity']) }) },
  { header: M.source, write: (m) => m.source, read: (t) => ({ source: t as Material['source'] }) },
  { header: M.originals, write: (m) => m.originals, read: (t) => ({ originals: Number(t) }) },
  { header: M.copies, write: (m) => m.copies, read: (t) => ({ copies: Number(t) }) },
  { header: M.paperSize, write: (m) => m.paperSize ?? '', read: (t) => ({ paperSize: t as Material['paperSize'] }) },
  { header: M.note, write: (m) => m.note ?? '', read: (t) => ({ note: t }) },
  { header: M.acceptance, write: (m) => m.acceptance, read: (t) => ({ acceptance: t }) },
  { header: M.blankForm, write: (m) => (m.blankForm ? '是' : '否'), read: (t) => ({ blankForm: yes(t) }) },
  { header: M.sampleForm, write: (m) => (m.sampleForm ? '是' : '否'), read: (t) => ({ sampleForm: yes(t) }) },
];

export interface SheetMatter {
  /** 1-based row in sheet 事项 (the header is row 1). */
  row: number;
  departmentCode: string;
  departmentName: string;
  content: Record<string, unknown>;
  /** Problems reading a cell, e.g. bad JSON. */
  problems: string[];
}

const cellText = (cell: ExcelJS.Cell) => {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  return String(v).trim();
};

export async function writeWorkbook(matters: { departmentCode: string; departmentName: string; content: Matter }[]): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(SHEET_NAMES.matters);
  sheet.columns = [
    { header: DEPARTMENT_COLUMNS.code, width: 10 }, { header: DEPARTMENT_COLUMNS.name, width: 16 },
    ...matterColumns.map((c) => ({ header: c.header, width: c.width ?? 14 })),
  ];
  const situations = book.addWorksheet(SHEET_NAMES.situations);
  situations.columns = [{ header: H.itemCode, width: 20 }, { header: SITUATION_FIELD_LABELS.key, width: 16 }, { header: SITUATION_FIELD_LABELS.name, width: 24 }, { header: SITUATION_FIELD_LABELS.description, width: 50 }];
  const materials = book.addWorksheet(SHEET_NAMES.materials);
  materials.columns = [
    { header: H.itemCode, width: 20 }, { header: SITUATION_FIELD_LABELS.key, width: 16 },
    ...materialColumns.map((c) => ({ header: c.header, width: 14 })),
  ];
  for (const { departmentCode, departmentName, content } of matters) {
    sheet.addRow([departmentCode, departmentName, ...matterColumns.map((c) => c.write(content))]);
    for (const m of content.materials) materials.addRow([content.itemCode, '', ...materialColumns.map((c) => c.write(m))]);
    for (const s of content.situations) {
      situations.addRow([content.itemCode, s.key, s.name, s.description]);
      for (const m of s.materials) materials.addRow([content.itemCode, s.key, ...materialColumns.map((c) => c.write(m))]);
    }
  }
  for (const ws of [sheet, situations, materials]) {
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return book;
}

/** Reads sheet 事项 (and 材料 when present) from an XLSX file, or a CSV file holding the 事项 sheet. */
export async function readWorkbook(bytes: Buffer, kind: 'xlsx' | 'csv'): Promise<SheetMatter[]> {
  const book = new ExcelJS.Workbook();
  if (kind === 'xlsx') await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  else await book.csv.read(Readable.from(bytes.toString('utf8').replace(/^\uFEFF/, '')), { sheetName: SHEET_NAMES.matters });
  const sheet = book.getWorksheet(SHEET_NAMES.matters) ?? book.worksheets[0];
  if (!sheet) return [];
  const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? '').trim());
  const at = (name: string) => header.indexOf(name);
  const rows: SheetMatter[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const text = (name: string) => (at(name) > 0 ? cellText(row.getCell(at(name))) : '');
    if (matterColumns.every((c) => !text(c.header)) && !text(DEPARTMENT_COLUMNS.name)) return;
    const content: Record<string, unknown> = {};
    const problems: string[] = [];
    for (const column of matterColumns) {
      const value = text(column.header);
      if (!value) continue;
      try {
        Object.assign(content, column.read(value));
      } catch {
        problems.push(`“${column.header}”无法识别`);
      }
    }
    rows.push({ row: number, departmentCode: text(DEPARTMENT_COLUMNS.code), departmentName: text(DEPARTMENT_COLUMNS.name), content, problems });
  });
  const byCode = new Map(rows.map((r) => [String(r.content.itemCode ?? ''), r]));
  // A sheet's rows as text by header, for the sheets keyed by 业务办理项编码.
  const eachKeyed = (name: string, visit: (owner: SheetMatter, text: (header: string) => string) => void) => {
    const ws = book.getWorksheet(name);
    if (!ws) return;
    const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? '').trim());
    ws.eachRow((row, number) => {
      if (number === 1) return;
      const text = (header: string) => (headers.indexOf(header) > 0 ? cellText(row.getCell(headers.indexOf(header))) : '');
      const owner = byCode.get(text(H.itemCode));
      if (owner) visit(owner, text);
    });
  };
  const situationsOf = (owner: SheetMatter) => ((owner.content.situations ??= []) as Matter['situations']);
  for (const r of rows) if (book.getWorksheet(SHEET_NAMES.materials)) r.content.materials ??= [];
  eachKeyed(SHEET_NAMES.situations, (owner, text) => {
    situationsOf(owner).push({ key: text(SITUATION_FIELD_LABELS.key), name: text(SITUATION_FIELD_LABELS.name), description: text(SITUATION_FIELD_LABELS.description), materials: [] });
  });
  eachKeyed(SHEET_NAMES.materials, (owner, text) => {
    const material: Partial<Material> = {};
    for (const c of materialColumns) if (text(c.header)) Object.assign(material, c.read(text(c.header)));
    const key = text(SITUATION_FIELD_LABELS.key);
    if (!key) {
      (owner.content.materials as Material[]).push(material as Material);
      return;
    }
    const situation = situationsOf(owner).find((x) => x.key === key);
    if (situation) situation.materials.push(material as Material);
    else owner.problems.push(`材料“${material.name ?? ''}”属于不存在的情形 ${key}`);
  });
  for (const r of rows) if (book.getWorksheet(SHEET_NAMES.situations)) r.content.situations ??= [];
  return rows;
}

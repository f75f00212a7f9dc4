// The catalog as a spreadsheet: sheet 事项 (one row per matter), sheet 情形 (办理情形) and sheet 材料 (one row per
// material), the way catalog offices exchange lists. One column table drives the template, the export and the import, so
// the three cannot disagree. Lists inside a cell are one item per line; parts of an item are split by |.
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import type { MatterSource } from '../../src-shared/contracts/catalog-source';

type Matter = MatterSource;
type Material = Matter['materials'][number];

const lines = (v: string) => v.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
const parts = (v: string) => v.split('|').map((s) => s.trim());
const list = (v: string) => v.split(/[、,，\s]+/).map((s) => s.trim()).filter(Boolean);
const num = (v: string) => (v.trim() === '' ? undefined : Number(v));
const yes = (v: string) => /^(是|true|1|y)$/i.test(v.trim());
const levelNames: Record<string, 'village' | 'township' | 'county' | 'city'> = { 村: 'village', 乡镇: 'township', 县: 'county', 市: 'city' };
const levelLabels = Object.fromEntries(Object.entries(levelNames).map(([k, v]) => [v, k]));
const necessityNames: Record<string, Material['necessity']> = { 必须: 'required', 非必须: 'optional', 容缺后补: 'deferrable' };
const necessityLabels = Object.fromEntries(Object.entries(necessityNames).map(([k, v]) => [v, k]));

interface Column {
  header: string;
  width?: number;
  /** Matter → cell text. */
  write: (m: Matter) => string | number;
  /** Cell text → the fields it sets (only when the cell is not empty). */
  read: (text: string) => Partial<Record<keyof Matter, unknown>>;
}

export const matterColumns: Column[] = [
  { header: '标识', write: (m) => m.key, read: (t) => ({ key: t }) },
  { header: '事项名称', width: 30, write: (m) => m.name, read: (t) => ({ name: t }) },
  { header: '主项名称', width: 24, write: (m) => m.mainItem, read: (t) => ({ mainItem: t }) },
  { header: '基本编码', write: (m) => m.baseCode, read: (t) => ({ baseCode: t }) },
  { header: '业务办理项编码', width: 20, write: (m) => m.itemCode, read: (t) => ({ itemCode: t }) },
  { header: '事项类型', write: (m) => m.type, read: (t) => ({ type: t.padStart(2, '0') }) },
  { header: '行使层级', write: (m) => m.level, read: (t) => ({ level: num(t) }) },
  { header: '受理层级', write: (m) => m.acceptedAt.map((a) => levelLabels[a]).join('、'), read: (t) => ({ acceptedAt: list(t).map((x) => levelNames[x] ?? x) }) },
  { header: '办理形式', write: (m) => m.channels.join('、'), read: (t) => ({ channels: list(t).map(Number) }) },
  { header: '实施主体性质', write: (m) => m.bodyNature, read: (t) => ({ bodyNature: num(t) }) },
  { header: '服务对象', write: (m) => m.audiences.join('、'), read: (t) => ({ audiences: list(t).map(Number) }) },
  { header: '服务主题', write: (m) => m.topics.join('、'), read: (t) => ({ topics: list(t) }) },
  {
    header: '设定依据', width: 40,
    write: (m) => m.basis.map((b) => [b.law, b.article, b.excerpt].join('|')).join('\n'),
    read: (t) => ({ basis: lines(t).map((l) => { const [law, article, excerpt] = parts(l); return { law, article, excerpt }; }) }),
  },
  { header: '受理条件', width: 40, write: (m) => m.conditions.join('\n'), read: (t) => ({ conditions: lines(t) }) },
  {
    header: '法定办结时限', write: (m) => [m.legalLimit.value, m.legalLimit.unit, m.legalLimit.note ?? ''].join('|'),
    read: (t) => { const [value, unit, note] = parts(t); return { legalLimit: { value: num(value), unit: unit || '工作日', ...(note ? { note } : {}) } }; },
  },
  {
    header: '承诺办结时限', write: (m) => [m.promiseLimit.value, m.promiseLimit.unit, m.promiseLimit.note ?? ''].join('|'),
    read: (t) => { const [value, unit, note] = parts(t); return { promiseLimit: { value: num(value), unit: unit || '工作日', ...(note ? { note } : {}) } }; },
  },
  { header: '办件类型', write: (m) => m.kind, read: (t) => ({ kind: num(t) }) },
  { header: '到现场次数', write: (m) => m.visits, read: (t) => ({ visits: num(t) }) },
  { header: '网上办理深度', write: (m) => m.onlineDepth, read: (t) => ({ onlineDepth: num(t) }) },
  { header: '通办范围', write: (m) => m.reach, read: (t) => ({ reach: t }) },
  {
    header: '收费项目', width: 30,
    write: (m) => m.fees.map((f) => [f.name, f.standard, f.amountFen ?? '', f.basis, f.reducible ? '是' : '否'].join('|')).join('\n'),
    read: (t) => ({ fees: lines(t).map((l) => { const [name, standard, amount, basis, reducible] = parts(l); return { name, standard, ...(amount ? { amountFen: Number(amount) } : {}), basis, reducible: yes(reducible ?? '') }; }) }),
  },
  {
    header: '办理流程', width: 40,
    write: (m) => m.steps.map((s) => [s.name, s.description, s.days, s.counted ? '是' : '否'].join('|')).join('\n'),
    read: (t) => ({ steps: lines(t).map((l) => { const [name, description, days, counted] = parts(l); return { name, description, days: Number(days), counted: yes(counted ?? '是') }; }) }),
  },
  {
    header: '办理结果', write: (m) => [m.result.type, m.result.name, m.result.delivery.join('、')].join('|'),
    read: (t) => { const [type, name, delivery] = parts(t); return { result: { type, name, delivery: list(delivery ?? '') } }; },
  },
  { header: '常见问题', width: 40, write: (m) => m.faq.map((f) => `${f.q}|${f.a}`).join('\n'), read: (t) => ({ faq: lines(t).map((l) => { const [q, a] = parts(l); return { q, a }; }) }) },
  { header: '别名', write: (m) => m.aliases.join('、'), read: (t) => ({ aliases: list(t) }) },
  { header: '关键词', write: (m) => m.keywords.join('、'), read: (t) => ({ keywords: list(t) }) },
  { header: '申请表单（JSON）', width: 30, write: (m) => JSON.stringify(m.form), read: (t) => ({ form: JSON.parse(t) }) },
  { header: '咨询热线', write: (m) => m.hotline ?? '', read: (t) => ({ hotline: t }) },
];

const materialColumns: { header: string; write: (m: Material) => string | number; read: (t: string) => Partial<Material> }[] = [
  { header: '材料名称', write: (m) => m.name, read: (t) => ({ name: t }) },
  { header: '材料类型', write: (m) => m.kind, read: (t) => ({ kind: t as Material['kind'] }) },
  { header: '材料形式', write: (m) => m.form, read: (t) => ({ form: t as Material['form'] }) },
  { header: '必要性', write: (m) => necessityLabels[m.necessity], read: (t) => ({ necessity: necessityNames[t] ?? (t as Material['necessity']) }) },
  { header: '来源渠道', write: (m) => m.source, read: (t) => ({ source: t as Material['source'] }) },
  { header: '原件份数', write: (m) => m.originals, read: (t) => ({ originals: Number(t) }) },
  { header: '复印件份数', write: (m) => m.copies, read: (t) => ({ copies: Number(t) }) },
  { header: '纸质规格', write: (m) => m.paperSize ?? '', read: (t) => ({ paperSize: t as Material['paperSize'] }) },
  { header: '填报须知', write: (m) => m.note ?? '', read: (t) => ({ note: t }) },
  { header: '受理标准', write: (m) => m.acceptance, read: (t) => ({ acceptance: t }) },
  { header: '空白表格', write: (m) => (m.blankForm ? '是' : '否'), read: (t) => ({ blankForm: yes(t) }) },
  { header: '示例样表', write: (m) => (m.sampleForm ? '是' : '否'), read: (t) => ({ sampleForm: yes(t) }) },
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
  const sheet = book.addWorksheet('事项');
  sheet.columns = [
    { header: '部门代码', width: 10 }, { header: '部门名称', width: 16 },
    ...matterColumns.map((c) => ({ header: c.header, width: c.width ?? 14 })),
  ];
  const situations = book.addWorksheet('情形');
  situations.columns = [{ header: '业务办理项编码', width: 20 }, { header: '情形标识', width: 16 }, { header: '情形名称', width: 24 }, { header: '情形说明', width: 50 }];
  const materials = book.addWorksheet('材料');
  materials.columns = [
    { header: '业务办理项编码', width: 20 }, { header: '情形标识', width: 16 },
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
  else await book.csv.read(Readable.from(bytes.toString('utf8').replace(/^\uFEFF/, '')), { sheetName: '事项' });
  const sheet = book.getWorksheet('事项') ?? book.worksheets[0];
  if (!sheet) return [];
  const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? '').trim());
  const at = (name: string) => header.indexOf(name);
  const rows: SheetMatter[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const text = (name: string) => (at(name) > 0 ? cellText(row.getCell(at(name))) : '');
    if (matterColumns.every((c) => !text(c.header)) && !text('部门名称')) return;
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
    rows.push({ row: number, departmentCode: text('部门代码'), departmentName: text('部门名称'), content, problems });
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
      const owner = byCode.get(text('业务办理项编码'));
      if (owner) visit(owner, text);
    });
  };
  const situationsOf = (owner: SheetMatter) => ((owner.content.situations ??= []) as Matter['situations']);
  for (const r of rows) if (book.getWorksheet('材料')) r.content.materials ??= [];
  eachKeyed('情形', (owner, text) => {
    situationsOf(owner).push({ key: text('情形标识'), name: text('情形名称'), description: text('情形说明'), materials: [] });
  });
  eachKeyed('材料', (owner, text) => {
    const material: Partial<Material> = {};
    for (const c of materialColumns) if (text(c.header)) Object.assign(material, c.read(text(c.header)));
    const key = text('情形标识');
    if (!key) {
      (owner.content.materials as Material[]).push(material as Material);
      return;
    }
    const situation = situationsOf(owner).find((x) => x.key === key);
    if (situation) situation.materials.push(material as Material);
    else owner.problems.push(`材料“${material.name ?? ''}”属于不存在的情形 ${key}`);
  });
  for (const r of rows) if (book.getWorksheet('情形')) r.content.situations ??= [];
  return rows;
}

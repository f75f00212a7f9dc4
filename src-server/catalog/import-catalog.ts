// Use case: import a catalog into the drafts, all or nothing. It takes our JSON (department files), another
// district's published list in the shape of ../shared/data/guangan-catalog.json (names, codes, types, no
// guides), and spreadsheets (XLSX with sheets 事项 and 材料, or CSV of the 事项 sheet). Rows that cannot become
// a draft at all (no name, no code, a code twice, an unreadable cell) refuse the whole import with their row
// numbers; rows that can become a draft but lack guide fields are imported and flagged with what is missing,
// and publishing refuses them until the office has written those fields.
import { createHash } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client';
import { MatterSourceSchema } from '../../src-shared/contracts/catalog-source';
import { audit } from '../platform/audit';
import { onUniqueViolation } from '../platform/db/prisma-errors';
import { Errors } from '../platform/errors';
import { inTransaction, type UseCaseContext } from '../platform/use-case';
import { spreadsheet } from './spreadsheet-lazy';

interface ImportRow {
  /** Where the row is in the file, as the report names it: 第 12 行, matters[3]. */
  at: string;
  departmentCode?: string;
  departmentName: string;
  content: Record<string, unknown>;
  problems: string[];
  /** Not a matter at all (a department without its list, a number): only its own problem is reported. */
  notAMatter?: boolean;
}

/** Department names of other catalogs → our department codes. */
const knownDepartments: [RegExp, string][] = [
  [/残联|残疾人联合会/, 'cl'], [/民政/, 'mz'], [/人社|人力资源/, 'rs'], [/医疗保障|医保/, 'yb'], [/卫健|卫生健康/, 'wj'],
  [/公安/, 'ga'], [/市监|市场监/, 'sj'], [/农业农村/, 'ny'], [/自然资源/, 'zr'], [/住建|住房和城乡建设/, 'zj'], [/公积金/, 'gjj'],
  [/退役军人/, 'ty'], [/教育|教科体/, 'jy'], [/司法/, 'sf'], [/应急/, 'yj'], [/税务/, 'sw'], [/交通/, 'jt'], [/供电/, 'dl'],
  [/妇联|妇女联合会/, 'fl'], [/工会/, 'gh'], [/文广旅|文化/, 'wl'], [/发改|发展和改革/, 'fg'], [/水利|水务/, 'sl'],
  [/生态环境/, 'hb'], [/城管|综合执法|城市管理/, 'cg'], [/烟草/, 'yc'], [/档案/, 'da'],
];
const typeCodes: Record<string, string> = { '1': '01', '5': '05', '7': '07', '8': '08', '9': '09', '10': '10', '20': '20' };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const textOf = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/** Where a matter is in a JSON file, as a person counts: 第 3 个部门第 1 个事项, 第 4 个事项. */
const departmentAt = (i: number) => `第 ${i + 1} 个部门`;
const matterAt = (j: number) => `第 ${j + 1} 个事项`;

/**
 * Rows of our JSON ({departments:[{code, name, matters:[…]}]}) or of another district's list ({matters:[{name,
 * department, mainItem, implementCode, taskType}]}); null for neither. Read field by field rather than through
 * a schema, so that a bad entry is reported at its place in plain Chinese and not as a parser's message.
 */
function rowsFromJson(body: unknown): ImportRow[] | null {
  if (!isRecord(body)) return null;
  if (Array.isArray(body.departments)) {
    return body.departments.flatMap((raw, i): ImportRow[] => {
      if (!isRecord(raw) || !Array.isArray(raw.matters)) {
        return [{ at: departmentAt(i), departmentName: '', content: {}, problems: ['部门应写成 {"code": …, "name": …, "matters": [ … ]}，其中 matters 是事项列表'], notAMatter: true }];
      }
      return raw.matters.map((m, j) => ({
        at: `${departmentAt(i)}${matterAt(j)}`,
        departmentCode: textOf(raw.code) || undefined,
        departmentName: textOf(raw.name),
        content: isRecord(m) ? m : {},
        problems: isRecord(m) ? [] : ['这一项不是事项：应写成 {"name": …, "itemCode": …} 这样的对象'],
        notAMatter: !isRecord(m),
      }));
    });
  }
  if (Array.isArray(body.matters)) {
    return body.matters.map((raw, i) => {
      const m = isRecord(raw) ? raw : {};
      const name = textOf(m.name);
      const code = textOf(m.implementCode);
      const taskType = textOf(m.taskType);
      const problems = isRecord(raw) ? [] : ['这一项不是事项：应写成 {"name": …, "implementCode": …} 这样的对象'];
      if (isRecord(raw) && !taskType) problems.push('缺少事项类型（taskType）');
      else if (taskType && !typeCodes[taskType]) problems.push(`事项类型 ${taskType} 无法识别`);
      return {
        at: matterAt(i),
        departmentName: textOf(m.department),
        content: {
          ...(code ? { key: `imp-${createHash('sha1').update(code).digest('hex').slice(0, 12)}` } : {}),
          name,
          mainItem: textOf(m.mainItem) || name,
          itemCode: code,
          ...(typeCodes[taskType] ? { type: typeCodes[taskType] } : {}),
        },
        problems,
        notAMatter: !isRecord(raw),
      };
    });
  }
  return null;
}

export type ImportFile = { kind: 'json'; body: unknown } | { kind: 'xlsx' | 'csv'; bytes: Buffer };

async function readRows(file: ImportFile): Promise<ImportRow[]> {
  if (file.kind === 'json') {
    const rows = rowsFromJson(file.body);
    if (!rows) throw Errors.invalidInput([{ field: '', message: '无法识别的 JSON：应为 {"departments":[…]}（本系统格式）或 {"matters":[…]}（事项清单格式）' }]);
    return rows;
  }
  const rows = await spreadsheet().readWorkbook(file.bytes, file.kind).catch(() => {
    throw Errors.invalidInput([{ field: '', message: '无法读取这个表格文件，请使用下载的模板' }]);
  });
  return rows.map((r) => ({ at: `第 ${r.row} 行`, departmentCode: r.departmentCode || undefined, departmentName: r.departmentName, content: r.content, problems: r.problems }));
}

/** Short code for a department we do not know yet, from the initials of its name: 区气象局 → qx. */
function newDepartmentCode(name: string, taken: Set<string>): string {
  const core = name.replace(/^(区|县|市)/, '').replace(/(局|办|部|队|中心|委员会)$/, '') || name;
  // pinyin-pro's dictionary is large: loaded on the first import that meets a new department, not at start.
  const { pinyin } = require('pinyin-pro') as typeof import('pinyin-pro');
  const initials = pinyin(core, { pattern: 'first', toneType: 'none', type: 'array' }).join('').replace(/[^a-z]/g, '').slice(0, 5) || 'dept';
  let code = initials.length >= 2 ? initials : `${initials}x`;
  for (let i = 0; taken.has(code); i++) code = `${initials.slice(0, 4)}${'abcdefghijklmnopqrstuvwxyz'[i % 26]}`;
  taken.add(code);
  return code;
}

const missingFields = (content: Record<string, unknown>) => {
  const parsed = MatterSourceSchema.safeParse(content);
  return parsed.success ? [] : [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
};

export async function importCatalog(ctx: UseCaseContext, { file }: { file: ImportFile }) {
  return onUniqueViolation(
    () => importRows(ctx, file),
    () => Errors.conflict('matter_key_taken', '文件中有事项的标识已被目录中其他事项使用，请改用新的标识'),
  );
}

async function importRows(ctx: UseCaseContext, file: ImportFile) {
  const rows = await readRows(file);
  if (rows.length === 0) throw Errors.invalidInput([{ field: '', message: '文件中没有事项' }]);

  // Rows that cannot become drafts refuse the whole import.
  const errors: { field: string; message: string }[] = [];
  const seen = new Map<string, string>();
  for (const r of rows) {
    if (r.notAMatter) {
      for (const p of r.problems) errors.push({ field: r.at, message: p });
      continue;
    }
    const name = typeof r.content.name === 'string' ? r.content.name.trim() : '';
    const code = typeof r.content.itemCode === 'string' ? r.content.itemCode.trim() : '';
    const problems = [...r.problems];
    if (!name) problems.push('缺少事项名称');
    else if (name.length > 120) problems.push('事项名称过长');
    if (!code) problems.push('缺少业务办理项编码');
    else if (code.length > 80 || !/^[0-9A-Za-z-]+$/.test(code)) problems.push('业务办理项编码格式不正确');
    else if (seen.has(code)) problems.push(`业务办理项编码与 ${seen.get(code)} 重复`);
    if (!r.departmentCode && !r.departmentName) problems.push('缺少部门');
    if (code) seen.set(code, r.at);
    for (const p of problems) errors.push({ field: r.at, message: p });
  }
  if (errors.length > 0) {
    throw Errors.ruleViolation('import_invalid', `有 ${new Set(errors.map((e) => e.field)).size} 处无法导入，整个文件未导入，请按提示修改后重新上传`, errors);
  }

  return inTransaction(
    ctx,
    async (tx) => {
      // Departments: by code, else by a known name, else a new department named as in the file.
      const departments = await tx.db.department.findMany({ select: { code: true } });
      const taken = new Set(departments.map((d) => d.code));
      const byName = new Map<string, string>();
      const newDepartments: Prisma.DepartmentCreateManyInput[] = [];
      const codeFor = (r: ImportRow) => {
        if (r.departmentCode && taken.has(r.departmentCode)) return r.departmentCode;
        const name = r.departmentName || r.departmentCode || '';
        if (byName.has(name)) return byName.get(name) as string;
        const known = knownDepartments.find(([pattern]) => pattern.test(name))?.[1];
        let code = known && taken.has(known) ? known : undefined;
        if (!code) {
          code = r.departmentCode && /^[a-z]{2,6}$/.test(r.departmentCode) && !taken.has(r.departmentCode) ? r.departmentCode : newDepartmentCode(name, taken);
          taken.add(code);
          const plain = name.replace(/^(区|县|市)/, '');
          newDepartments.push({ code, name: plain, shortName: plain.slice(0, 8), bodyName: `{county}${plain}`, window: `${plain.slice(0, 8)}窗口` });
        }
        byName.set(name, code);
        return code;
      };
      const withDepartment = rows.map((r) => ({ ...r, departmentCode: codeFor(r) }));
      if (newDepartments.length) await tx.db.department.createMany({ data: newDepartments });

      const existing = new Map(
        (await tx.db.matterDraft.findMany({ where: { itemCode: { in: [...seen.keys()] } }, select: { id: true, itemCode: true, content: true } })).map((d) => [d.itemCode, d]),
      );
      const report: { row: string; key: string; name: string; missing: string[] }[] = [];
      const creates: Prisma.MatterDraftCreateManyInput[] = [];
      let updated = 0;
      for (const r of withDepartment) {
        const code = String(r.content.itemCode).trim();
        const before = existing.get(code);
        const content = { ...((before?.content as Record<string, unknown>) ?? {}), ...r.content };
        const missing = missingFields(content);
        const key = String(content.key ?? `imp-${createHash('sha1').update(code).digest('hex').slice(0, 12)}`);
        content.key = key;
        if (missing.length) report.push({ row: r.at, key, name: String(content.name), missing });
        const data = { key, itemCode: code, departmentCode: r.departmentCode, name: String(content.name).trim(), content: content as Prisma.InputJsonValue, missing };
        if (before) {
          await tx.db.matterDraft.update({ where: { id: before.id }, data });
          updated++;
        } else creates.push({ ...data, origin: 'import' });
      }
      await tx.db.matterDraft.createMany({ data: creates });
      const result = { created: creates.length, updated, incomplete: report.length, departmentsCreated: newDepartments.length };
      await audit(tx, { action: 'catalog.import', details: { ...result, format: file.kind } });
      return { ...result, report };
    },
    { timeout: 120_000 },
  );
}


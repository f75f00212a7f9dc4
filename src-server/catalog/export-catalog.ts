// Use cases: the published catalog (or a given version) as our JSON format or as a spreadsheet, and the empty
// spreadsheet template with a sheet that explains each column.
import type { UseCaseContext } from '../platform/use-case';
import type { MatterSource } from '../../src-shared/contracts/catalog-source';
import { Errors } from '../platform/errors';
import { currentVersion } from './current-version';
import { spreadsheet } from './spreadsheet-lazy';
import { withoutGeneratedForms } from './form-files';

async function publishedByDepartment(ctx: UseCaseContext, version?: number) {
  const v = version ?? (await currentVersion(ctx));
  const rows = await ctx.db.publishedMatter.findMany({ where: { version: v, status: { not: 'cancelled' } }, orderBy: [{ departmentCode: 'asc' }, { itemCode: 'asc' }] });
  if (rows.length === 0) throw Errors.notFound('没有这个目录版本');
  const departments = await ctx.db.department.findMany({ where: { code: { in: [...new Set(rows.map((r) => r.departmentCode))] } }, orderBy: { code: 'asc' } });
  return { version: v, rows, departments };
}

export async function exportCatalogJson(ctx: UseCaseContext, { version }: { version?: number }) {
  const { version: v, rows, departments } = await publishedByDepartment(ctx, version);
  return {
    version: v,
    departments: departments.map((d) => ({
      code: d.code, bodyName: d.bodyName, name: d.name, shortName: d.shortName, window: d.window,
      matters: rows.filter((r) => r.departmentCode === d.code).map((r) => withoutGeneratedForms(r.content as MatterSource)),
    })),
  };
}

export async function exportCatalogXlsx(ctx: UseCaseContext, { version }: { version?: number }): Promise<Buffer> {
  const { rows, departments } = await publishedByDepartment(ctx, version);
  const names = new Map(departments.map((d) => [d.code, d.name]));
  const book = await spreadsheet().writeWorkbook(rows.map((r) => ({ departmentCode: r.departmentCode, departmentName: names.get(r.departmentCode) ?? '', content: r.content as MatterSource })));
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function catalogTemplate(format: 'xlsx' | 'csv'): Promise<Buffer> {
  const { writeWorkbook, matterColumns } = spreadsheet();
  const book = await writeWorkbook([]);
  if (format === 'csv') {
    const header = ['部门代码', '部门名称', ...matterColumns.map((c) => c.header)].join(',');
    return Buffer.from('\uFEFF' + header + '\n', 'utf8');
  }
  const help = book.addWorksheet('填写说明');
  help.columns = [{ header: '列', width: 18 }, { header: '怎么填', width: 90 }];
  for (const row of templateHelp) help.addRow(row);
  help.getRow(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}

const templateHelp: [string, string][] = [
  ['部门代码 / 部门名称', '本系统的部门代码（如 mz）或部门全称（如 民政局），二者填一'],
  ['事项类型', '01 行政许可 · 05 行政给付 · 07 行政确认 · 08 行政奖励 · 09 行政裁决 · 10 其他行政权力 · 20 公共服务'],
  ['行使层级', '3 市级 · 4 县级 · 5 乡镇（街道）级 · 6 村（社区）级'],
  ['受理层级', '村、乡镇、县、市，可多选，用顿号分隔'],
  ['办理形式', '1 窗口 · 2 电脑端 · 3 移动端（掌上办）· 4 快递，用顿号分隔'],
  ['设定依据', '每行一条：法规名称|第几条|条文摘录'],
  ['受理条件、常见问题', '每行一条；常见问题写作 问|答'],
  ['法定/承诺办结时限', '时限|单位（工作日或自然日）|说明，如 20|工作日|不含公示时间'],
  ['办件类型', '1 即办件（承诺时限填 0）· 2 承诺件'],
  ['收费项目', '每行一项：名称|标准|金额（分）|依据|是否可减免（是/否）；不收费留空'],
  ['办理流程', '每行一个环节：环节名称|说明|天数|是否计时（现场核查、鉴定、公示等特别程序填 否）'],
  ['办理结果', '结果类型（证照、批文、其他、无）|结果名称|送达方式（窗口领取、邮寄送达、电子证照、短信通知、无需送达）'],
  ['申请表单（JSON）', '居民在手机上填写的字段，JSON 数组，每项 {key,label,type,required,options?}'],
  ['材料（工作表“材料”）', '每行一份材料，用“业务办理项编码”对应事项；“情形标识”留空表示所有情形都要'],
];

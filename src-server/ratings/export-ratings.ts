// Use case: ratings in the national field names for the provincial 好差评 system (rules.md "Ratings"): 办件编号,
// 评价渠道 (the national channel code: 2 = 移动端 for the mini-program, 4 = 政务大厅平板电脑 for a window), 评价时间
// (Asia/Shanghai), 满意度代码 (1 = 非常满意 … 5 = 非常不满意, i.e. 6 − stars), 文字评价, 行政区划 (the case's place). A
// re-rating (追评) is the resident's last word: its stars, time and comment are exported, after the first comment.
// Ratings excluded by an upheld appeal are not counted, so not exported. A county admin exports their county.
import { exportColumns, type RatingExportRow } from '../../src-shared/contracts/ratings';
import { Errors } from '../platform/errors';
import { staffOf, type UseCaseContext } from '../platform/use-case';
import { adminCounties } from './rating-access';

const channelCodes: Record<string, string> = { app: '2', wechat: '2', window: '4' };
const chinaTime = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
const chinaMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);

export async function exportRatingRows(ctx: UseCaseContext, input: { county?: string; from?: string; to?: string }): Promise<RatingExportRow[]> {
  const counties = adminCounties(staffOf(ctx));
  if (counties && input.county && !counties.includes(input.county)) throw Errors.notFound('没有找到这个区县的评价');
  const countyFilter = input.county ? { countyCode: input.county } : counties ? { countyCode: { in: counties } } : {};
  const ratedAt = {
    ...(input.from ? { gte: chinaMidnight(input.from) } : {}),
    ...(input.to ? { lt: new Date(chinaMidnight(input.to).getTime() + 86_400_000) } : {}),
  };
  const rows = await ctx.db.rating.findMany({
    where: { ...countyFilter, excludedAt: null, ...(input.from || input.to ? { ratedAt } : {}) },
    orderBy: [{ ratedAt: 'asc' }, { id: 'asc' }],
  });
  const cases = await ctx.db.application.findMany({ where: { id: { in: rows.map((r) => r.applicationId) } }, select: { id: true, receiptNo: true } });
  const receiptOf = new Map(cases.map((c) => [c.id, c.receiptNo]));
  return rows.map((r) => ({
    办件编号: receiptOf.get(r.applicationId) ?? '',
    评价渠道: channelCodes[r.channel] ?? '2',
    评价时间: chinaTime(r.reRatedAt ?? r.ratedAt),
    满意度代码: 6 - (r.reStars ?? r.stars),
    文字评价: [r.comment, r.reComment ? `追评：${r.reComment}` : null].filter(Boolean).join('；'),
    行政区划: r.regionCode,
  }));
}

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV with a BOM so that spreadsheet programs read the Chinese headers as UTF-8. */
export function ratingsCsv(rows: RatingExportRow[]): Buffer {
  const lines = [exportColumns.join(','), ...rows.map((r) => exportColumns.map((c) => csvCell(r[c])).join(','))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** One sheet, 好差评, with the national columns; exceljs is loaded on the first export (see catalog/spreadsheet-lazy.ts). */
export async function ratingsXlsx(rows: RatingExportRow[]): Promise<Buffer> {
  const ExcelJS: typeof import('exceljs') = require('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('好差评');
  sheet.columns = exportColumns.map((c) => ({ header: c, key: c, width: c === '文字评价' ? 60 : 22 }));
  for (const r of rows) sheet.addRow(r);
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}

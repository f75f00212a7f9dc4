// Use case: the same figures as `getStats`, as an XLSX workbook an admin can forward (one sheet per table).
// exceljs is loaded on the first export, not at start (see catalog/spreadsheet-lazy.ts).
import type { Stats, StatsQuery } from '../../src-shared/contracts/stats';
import type { UseCaseContext } from '../platform/use-case';
import { getStats } from './get-stats';

const excel = (): typeof import('exceljs') => require('exceljs');

const queueKinds = { village: '村（社区）便民服务站', township: '乡镇（街道）便民服务中心', county_department: '县直部门', city_department: '市直部门' } as const;
const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
const orDash = (n: number | null) => (n === null ? '—' : n);

/** The rows of each sheet: [title, header, rows]. Exported for the page's wording to stay the same as the file's. */
export function statsSheets(s: Stats): { name: string; header: string[]; rows: (string | number)[][] }[] {
  return [
    {
      name: '概况',
      header: ['项目', '数值'],
      rows: [
        ['统计范围', s.scope.name],
        ['统计时段（提交日期）', `${s.period.from} 至 ${s.period.to}`],
        ['办件总数', s.cases.total],
        ['受理超期（截至今日）', s.overdue.acceptance],
        ['办结超期（截至今日）', s.overdue.finish],
        ['受理用时中位数（工作日）', orDash(s.times.acceptance.median)],
        ['受理用时 P90（工作日）', orDash(s.times.acceptance.p90)],
        ['已受理件数', s.times.acceptance.count],
        ['办结用时中位数（工作日）', orDash(s.times.finish.median)],
        ['办结用时 P90（工作日）', orDash(s.times.finish.p90)],
        ['已办结件数', s.times.finish.count],
        ['评价数', s.satisfaction.count],
        ['好评率（4–5 星）', percent(s.satisfaction.goodRate)],
        ['差评数（1–2 星）', s.satisfaction.bad],
        ['差评整改超期', s.satisfaction.followUpsOverdue],
        ['统计日', s.today],
        ...(s.times.estimated ? [['说明', '部分日期所在年份尚未录入节假日安排，暂按周一至周五计算工作日'] as [string, string]] : []),
      ],
    },
    { name: '按状态', header: ['状态', '件数'], rows: s.cases.byStatus.map((x) => [x.label, x.count]) },
    { name: '按窗口', header: ['窗口', '类型', '件数'], rows: s.cases.byQueue.map((q) => [q.name, queueKinds[q.kind], q.count]) },
    {
      name: '事项目录',
      header: ['类别', '事项数', '部门数', '改革目标'],
      rows: [
        ['掌上办事项', s.catalog.handheld.matters, s.catalog.handheld.departments, s.catalog.handheld.target],
        ['乡镇（街道）办理事项', s.catalog.township.matters, s.catalog.township.departments, s.catalog.township.target],
        ['村（社区）办理事项', s.catalog.village.matters, s.catalog.village.departments, s.catalog.village.target],
      ],
    },
    {
      name: '放权赋能',
      header: ['县（区）', '下放事项（在用）', '其中未承接', '已收回', '改革报告下放数'],
      rows: [
        ...s.delegations.map((d) => [d.countyName, d.delegated, d.notTakenUp, d.recalled, orDash(d.reportDelegated)]),
        ['改革报告：全市收回', '', '', s.reportRecalled, ''],
      ],
    },
  ];
}

export async function exportStats(ctx: UseCaseContext, query: StatsQuery): Promise<{ stats: Stats; bytes: Buffer }> {
  const stats = await getStats(ctx, query);
  const book = new (excel().Workbook)();
  for (const sheet of statsSheets(stats)) {
    const ws = book.addWorksheet(sheet.name);
    ws.addRow(sheet.header).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row);
    ws.columns.forEach((c, i) => {
      c.width = i === 0 ? 28 : 16;
    });
  }
  return { stats, bytes: Buffer.from(await book.xlsx.writeBuffer()) };
}

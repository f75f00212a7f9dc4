// The admin statistics page without a renderer: the period choices, the figure cards and the data of each
// chart, all derived from the API's answer (so the cards show exactly the API's numbers).
import type { Stats } from '@shared/contracts/stats'

export const PERIODS = [
  { value: '30', label: '近 30 天' },
  { value: '90', label: '近 90 天' },
  { value: '180', label: '近 180 天' },
  { value: '365', label: '近一年' }
] as const
export type PeriodValue = (typeof PERIODS)[number]['value']

/** The period ending `today` (YYYY-MM-DD) of `days` days, both ends included. */
export function periodOf(days: PeriodValue, today: string): { from: string; to: string } {
  const start = Date.parse(`${today}T00:00:00Z`) - (Number(days) - 1) * 86_400_000
  return { from: new Date(start).toISOString().slice(0, 10), to: today }
}

export interface FigureCard {
  key: string
  label: string
  value: string
  note?: string
  /** Shown in the warning colour (overdue, bad ratings). */
  alert?: boolean
}

const days = (n: number | null) => (n === null ? '—' : `${n} 个工作日`)
const rate = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`)

export function figureCards(s: Stats): FigureCard[] {
  const open = s.cases.byStatus.filter((x) => ['submitted', 'correction', 'accepted', 'special'].includes(x.status)).reduce((n, x) => n + x.count, 0)
  return [
    { key: 'total', label: '办件总数', value: String(s.cases.total), note: `其中在办 ${open} 件` },
    { key: 'overdue', label: '超期（截至今日）', value: String(s.overdue.total), note: `受理超期 ${s.overdue.acceptance}，办结超期 ${s.overdue.finish}`, alert: s.overdue.total > 0 },
    { key: 'acceptance', label: '受理用时中位数', value: days(s.times.acceptance.median), note: `P90 ${days(s.times.acceptance.p90)}，${s.times.acceptance.count} 件` },
    { key: 'finish', label: '办结用时中位数', value: days(s.times.finish.median), note: `P90 ${days(s.times.finish.p90)}，${s.times.finish.count} 件` },
    { key: 'good-rate', label: '好评率', value: rate(s.satisfaction.goodRate), note: `${s.satisfaction.count} 条评价` },
    { key: 'bad', label: '差评', value: String(s.satisfaction.bad), note: `整改超期 ${s.satisfaction.followUpsOverdue}`, alert: s.satisfaction.followUpsOverdue > 0 }
  ]
}

/** One bar (or slice): `x` on the axis, `group` for bars side by side. */
export interface ChartDatum {
  x: string
  y: number
  group?: string
}
export interface ChartSpec {
  kind: 'bar' | 'pie'
  data: ChartDatum[]
}

export function statusChart(s: Stats): ChartSpec {
  return { kind: 'bar', data: s.cases.byStatus.map((x) => ({ x: x.label, y: x.count })) }
}

export function timesChart(s: Stats): ChartSpec {
  const rows: [string, Stats['times']['acceptance']][] = [['受理', s.times.acceptance], ['办结', s.times.finish]]
  return {
    kind: 'bar',
    data: rows.flatMap(([x, d]) => [
      { x, y: d.median ?? 0, group: '中位数' },
      { x, y: d.p90 ?? 0, group: 'P90' }
    ])
  }
}

export function satisfactionChart(s: Stats): ChartSpec {
  const { count, good, bad } = s.satisfaction
  return {
    kind: 'pie',
    data: [
      { x: '好评（4–5 星）', y: good },
      { x: '中评（3 星）', y: count - good - bad },
      { x: '差评（1–2 星）', y: bad }
    ].filter((d) => d.y > 0)
  }
}

export function catalogChart(s: Stats): ChartSpec {
  const rows = [['掌上办', s.catalog.handheld], ['乡镇', s.catalog.township], ['村级', s.catalog.village]] as const
  return { kind: 'bar', data: rows.flatMap(([x, f]) => [{ x, y: f.matters, group: '现有' }, { x, y: f.target, group: '改革目标' }]) }
}

export function delegationChart(s: Stats): ChartSpec {
  return {
    kind: 'bar',
    data: s.delegations.flatMap((d) => [
      { x: d.countyName, y: d.delegated, group: '下放在用' },
      { x: d.countyName, y: d.notTakenUp, group: '未承接' },
      { x: d.countyName, y: d.recalled, group: '已收回' }
    ])
  }
}

/** The five charts of the page. */
export function chartsOf(s: Stats) {
  return { status: statusChart(s), times: timesChart(s), satisfaction: satisfactionChart(s), catalog: catalogChart(s), delegations: delegationChart(s) }
}

/** The reform report's numbers beside ours, in words. */
export function reportNote(s: Stats): string {
  const named = s.delegations.filter((d) => d.reportDelegated !== null).map((d) => `${d.countyName}下放 ${d.reportDelegated} 项（本系统 ${d.delegated} 项）`)
  const recalled = s.delegations.reduce((n, d) => n + d.recalled, 0)
  return [`改革报告：${named.length ? named.join('，') + '；' : ''}全市收回 ${s.reportRecalled} 项`, `本系统${s.scope.countyCode ? s.scope.name : '全市'}已收回 ${recalled} 项`].join('。')
}

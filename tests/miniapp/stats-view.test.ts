// The statistics page's renderer-free logic: periods end today and include both ends, the cards show the API's
// numbers (and flag what is overdue), and each chart's data comes straight from the answer.
import type { Stats } from '../../src-shared/contracts/stats';
import { catalogChart, delegationChart, figureCards, periodOf, reportNote, satisfactionChart, statusChart, timesChart } from '../../src-miniapp/view-models/statsView';

const stats: Stats = {
  scope: { countyCode: '410526', townshipCode: null, name: '滑县' },
  period: { from: '2026-09-09', to: '2026-12-07' },
  today: '2026-12-07',
  cases: {
    total: 12,
    byStatus: [
      { status: 'submitted', label: '待受理', count: 2 }, { status: 'correction', label: '待补正', count: 1 },
      { status: 'accepted', label: '办理中', count: 3 }, { status: 'special', label: '特别程序中', count: 0 },
      { status: 'finished', label: '已办结', count: 4 }, { status: 'denied', label: '不予许可', count: 1 },
      { status: 'rejected', label: '不予受理', count: 1 }, { status: 'withdrawn', label: '已撤回', count: 0 },
    ],
    byQueue: [{ queueId: 'q1', name: '道口镇街道便民服务中心', kind: 'township', count: 12 }],
  },
  overdue: { acceptance: 1, finish: 2, total: 3 },
  times: { acceptance: { count: 8, median: 1, p90: 6 }, finish: { count: 5, median: 7, p90: 14 }, estimated: false },
  satisfaction: { count: 5, goodRate: 0.6, good: 3, bad: 1, followUpsOverdue: 0 },
  catalog: { version: 1, handheld: { matters: 216, departments: 27, target: 300 }, township: { matters: 249, departments: 13, target: 200 }, village: { matters: 44, departments: 15, target: 40 } },
  delegations: [{ countyCode: '410526', countyName: '滑县', delegated: 120, notTakenUp: 0, recalled: 0, reportDelegated: 126 }],
  reportRecalled: 108,
};

describe('statsView', () => {
  it('counts periods back from today, both ends included', () => {
    expect(periodOf('90', '2026-12-07')).toEqual({ from: '2026-09-09', to: '2026-12-07' });
    expect(periodOf('30', '2026-03-01')).toEqual({ from: '2026-01-31', to: '2026-03-01' });
  });

  it('puts the API numbers on the cards and flags what is overdue', () => {
    const cards = Object.fromEntries(figureCards(stats).map((c) => [c.key, c]));
    expect(cards.total).toMatchObject({ value: '12', note: '其中在办 6 件' });
    expect(cards.overdue).toMatchObject({ value: '3', note: '受理超期 1，办结超期 2', alert: true });
    expect(cards.acceptance).toMatchObject({ value: '1 个工作日', note: 'P90 6 个工作日，8 件' });
    expect(cards['good-rate'].value).toBe('60.0%');
    expect(cards.bad).toMatchObject({ value: '1', alert: false });
    const none = figureCards({ ...stats, times: { ...stats.times, finish: { count: 0, median: null, p90: null } }, satisfaction: { ...stats.satisfaction, count: 0, goodRate: null } });
    expect(none.find((c) => c.key === 'finish')!.value).toBe('—');
    expect(none.find((c) => c.key === 'good-rate')!.value).toBe('—');
  });

  it('builds each chart from the answer', () => {
    expect(statusChart(stats).data.map((d) => d.y)).toEqual([2, 1, 3, 0, 4, 1, 1, 0]);
    expect(timesChart(stats).data).toEqual([
      { x: '受理', y: 1, group: '中位数' }, { x: '受理', y: 6, group: 'P90' },
      { x: '办结', y: 7, group: '中位数' }, { x: '办结', y: 14, group: 'P90' },
    ]);
    expect(satisfactionChart(stats)).toEqual({ kind: 'pie', data: [{ x: '好评（4–5 星）', y: 3 }, { x: '中评（3 星）', y: 1 }, { x: '差评（1–2 星）', y: 1 }] });
    expect(catalogChart(stats).data.filter((d) => d.group === '改革目标').map((d) => d.y)).toEqual([300, 200, 40]);
    expect(delegationChart(stats).data).toHaveLength(3);
    expect(reportNote(stats)).toBe('改革报告：滑县下放 126 项（本系统 120 项）；全市收回 108 项。本系统滑县已收回 0 项');
  });
});

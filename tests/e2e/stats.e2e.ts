// The admin statistics page in the H5 build, on a server that seeded the demo history (cases made through the
// clerks' use cases): the city admin opens 统计分析 from the staff home, picks 滑县, and sees the figure cards
// with exactly the API's numbers and five charts drawn on their canvases; 导出 XLSX downloads the workbook.
import { snapshot, useBrowserSession } from './support/session';
import { staffLogin, waitUntilPageInPlace } from './support/taro-h5';

const session = useBrowserSession({ viewport: { width: 1280, height: 800 }, demoHistory: true });
const { currentPage, unexpectedProblems, serverUrl } = session;
const HUAXIAN = '410526';

/** The history runs after the server is ready: wait for the line it prints when done. */
beforeAll(async () => {
  const deadline = Date.now() + 280_000;
  while (!session.serverOutput().includes('演示历史办件已生成')) {
    if (Date.now() > deadline) throw new Error(`the demo history did not finish:\n${session.serverOutput().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}, 300_000);

async function adminStats(query: string) {
  const login = await fetch(`${serverUrl()}/api/auth/staff`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'demo-password' }) });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${serverUrl()}/api/admin/stats?${query}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return res.json() as Promise<{ cases: { total: number }; overdue: { total: number }; times: { acceptance: { median: number | null }; finish: { median: number | null } }; satisfaction: { bad: number; goodRate: number | null } }>;
}

describe('H5 statistics page', () => {
  test('滑县 with the seeded history: cards equal the API, charts are drawn, XLSX downloads', async () => {
    const page = currentPage();
    await staffLogin(page, 'admin');
    await page.locator('.staff-home .admin-link-stats').tap();
    await page.waitForURL((url) => url.pathname === '/admin/stats/index');
    await waitUntilPageInPlace(page, 'stats-admin');
    await page.locator('.stats-admin .stats-county .chip-410526').tap();
    await page.locator('.stats-admin .stats-scope', { hasText: '滑县' }).first().waitFor();
    const scope = await page.locator('.stats-admin .stats-scope').first().innerText();
    const [, from, to] = /(\d{4}-\d{2}-\d{2}) 至 (\d{4}-\d{2}-\d{2})/.exec(scope)!;

    const api = await adminStats(`county=${HUAXIAN}&from=${from}&to=${to}`);
    expect(api.cases.total).toBeGreaterThan(10);
    const card = (key: string) => page.locator(`.stats-admin .stats-card-${key} .stats-card-value`).innerText();
    const days = (n: number | null) => (n === null ? '—' : `${n} 个工作日`);
    expect(await card('total')).toBe(String(api.cases.total));
    expect(await card('overdue')).toBe(String(api.overdue.total));
    expect(await card('acceptance')).toBe(days(api.times.acceptance.median));
    expect(await card('finish')).toBe(days(api.times.finish.median));
    expect(await card('bad')).toBe(String(api.satisfaction.bad));
    expect(await card('good-rate')).toBe(api.satisfaction.goodRate === null ? '—' : `${(api.satisfaction.goodRate * 100).toFixed(1)}%`);

    // Each chart's canvas has pixels drawn on it (F2 draws through the canvas 2D context).
    const ids = ['stats-status', 'stats-times', 'stats-satisfaction', 'stats-catalog', 'stats-delegations'];
    await page.waitForFunction((list) => list.every((id) => {
      const c = document.getElementById(id) as HTMLCanvasElement | null;
      if (!c || c.width === 0) return false;
      const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let inked = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) inked++;
      return inked > 500;
    }), ids, { timeout: 20_000 });
    await snapshot(page, 'huaxian');

    const download = page.waitForEvent('download');
    await page.locator('.stats-admin .stats-export-link').click();
    expect((await download).suggestedFilename()).toBe(`stats-${HUAXIAN}-${from}-${to}.xlsx`);
    expect(unexpectedProblems()).toEqual([]);
  }, 240_000);
});

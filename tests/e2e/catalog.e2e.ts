// The resident catalog in a phone-sized Chromium against the real server (fresh embedded database, the Anyang
// catalog seeded and published): home → topic 残疾人 → 残疾人证新办 and its guide (materials per situation, the
// promised time, the office and its phone), the name search, a department's list with 「加载更多」, switching
// the county of the guide, 「立即办理」 logged out and logged in (the apply wizard), and a guide that does not exist.
import type { Locator, Page } from 'playwright-core';
import { snapshot, useBrowserSession } from './support/session';
import { allPages, pickOption, waitUntilPageInPlace } from './support/taro-h5';

const { currentPage, expectProblems, unexpectedProblems, failedLoad } = useBrowserSession();

const text = async (locator: Locator) => (await locator.innerText()).trim();

interface Summary {
  id: string;
  name: string;
  promiseDays: number;
  handheld: boolean;
}

/** Every published matter, as the API lists them. */
async function allMatters(page: Page): Promise<Summary[]> {
  return allPages<Summary>(page, '/api/matters', 100);
}

async function matterNamed(page: Page, name: string): Promise<Summary> {
  const found = (await allMatters(page)).find((m) => m.name === name);
  if (!found) throw new Error(`no published matter named ${name}`);
  return found;
}

/** The guide page once its guide is on screen. */
async function guideShown(page: Page): Promise<void> {
  await page.locator('.matter-page .material-item').first().waitFor();
  await waitUntilPageInPlace(page, 'matter-page');
}

describe('H5 catalog: residents find a matter and read its guide', () => {
  test('home → topic 残疾人 → 残疾人证新办 shows its materials, promised time and phone number', async () => {
    const page = currentPage();
    await page.goto('/');
    const topics = page.locator('.home-page .topic-item');
    await topics.first().waitFor();
    // Only topics that have matters, each with its count.
    expect(await topics.count()).toBeGreaterThan(10);
    const topic = topics.filter({ has: page.locator('.topic-name', { hasText: /^残疾人$/ }) });
    expect(await text(topic.locator('.topic-count'))).toMatch(/^\d+ 项$/);
    expect(await page.locator('.home-page .common-matter').count()).toBeGreaterThan(3);
    await snapshot(page, 'home');

    await topic.tap();
    await page.waitForURL((url) => url.pathname === '/pages/catalog/list' && url.searchParams.get('topic') === '残疾人');
    const rows = page.locator('.catalog-page .matter-item');
    await rows.first().waitFor();
    await waitUntilPageInPlace(page, 'catalog-page');
    expect(await text(page.locator('.catalog-page .catalog-title'))).toBe('残疾人');
    const total = ((await (await page.request.get(`/api/matters?topic=${encodeURIComponent('残疾人')}`)).json()) as {
      total: number;
    }).total;
    expect(await text(page.locator('.catalog-page .catalog-count'))).toBe(`共 ${total} 个事项`);
    const row = rows.filter({ has: page.locator('.matter-name', { hasText: /^残疾人证新办$/ }) });
    expect(await row.locator('.tag-handheld').innerText()).toBe('可掌上办');
    await snapshot(page, 'list');

    await row.tap();
    await page.waitForURL((url) => url.pathname === '/pages/matter/index');
    await guideShown(page);
    const matter = await matterNamed(page, '残疾人证新办');
    expect(new URL(page.url()).searchParams.get('id')).toBe(matter.id);
    expect(await text(page.locator('.matter-page .guide-title'))).toBe('残疾人证新办');
    expect(await text(page.locator('.matter-page .guide-department'))).toBe('残疾人联合会');
    expect(await text(page.locator('.matter-page .guide-promise'))).toBe(`${matter.promiseDays} 个工作日`);

    const materials = page.locator('.matter-page .material-item');
    const common = await materials.count();
    expect(common).toBeGreaterThan(0);
    expect(await text(materials.first().locator('.necessity'))).toMatch(/^(必须|非必须|容缺后补)$/);
    expect(await text(materials.first().locator('.material-facts'))).toMatch(/原件|复印件|纸质|电子/);

    // Another situation adds its own materials.
    await page.locator('.matter-page .situation-item', { hasText: '监护人代为申请' }).tap();
    await page.locator('.matter-page .material-group-title', { hasText: '监护人代为申请' }).waitFor();
    expect(await materials.count()).toBeGreaterThan(common);

    const phone = page.locator('.matter-page .guide-phone').first();
    // No county number entered in the fresh database: the 12345 hotline, never an invented local number.
    expect(await text(phone)).toBe('12345');
    expect(await text(page.locator('.matter-page .supervise-phone'))).toMatch(/\d{5,}/);
    expect(await text(page.locator('.matter-page .guide-place'))).toContain('政务服务中心');
    // 设定依据 is folded until asked for.
    expect(await page.locator('.matter-page .basis-item').count()).toBe(0);
    await page.locator('.matter-page .basis-toggle').tap();
    expect(await page.locator('.matter-page .basis-item').count()).toBeGreaterThan(0);
    expect(await text(page.locator('.matter-page .apply-button'))).toBe('立即办理');
    expect(unexpectedProblems()).toEqual([]);
  });

  test('the search box finds the 残疾人证 matters by typing 残疾人证', async () => {
    const page = currentPage();
    await page.goto('/');
    await page.locator('.home-page .topic-item').first().waitFor();
    // The home page's box opens the search page (server search: tests/e2e/search.e2e.ts).
    await page.locator('.home-page .home-search').tap();
    await page.waitForURL((url) => url.pathname === '/search/index');
    const input = page.locator('.search-page .search-input input');
    await input.fill('残疾人证');
    await input.press('Enter');

    const results = page.locator('.search-page .search-result');
    await results.first().waitFor();
    const found = (await results.locator('.matter-name').allInnerTexts()).map((t) => t.trim());
    const expected = (await allMatters(page)).filter((m) => m.name.includes('残疾人证')).map((m) => m.name);
    expect(expected.length).toBeGreaterThan(2);
    // Every matter named …残疾人证… is found, and they come first.
    expect(found.slice(0, expected.length).sort()).toEqual([...expected].sort());
    expect(found[0]).toBe('残疾人证新办');
    await snapshot(page, 'results');

    // Nothing found says so; clearing the box shows the recent searches and 常用事项 again.
    await input.fill('火星移民');
    await input.press('Enter');
    await page.locator('.search-page .search-empty').waitFor();
    expect(await results.count()).toBe(0);
    await page.locator('.search-page .search-clear').tap();
    await page.locator('.search-page .recent-item').first().waitFor();
    await page.locator('.search-page .common-matter').first().waitFor();

    // A result opens its guide.
    await input.fill('残疾人证换领');
    await input.press('Enter');
    await page.locator('.search-page .search-result .matter-name', { hasText: /^残疾人证换领$/ }).first().waitFor();
    await results.first().tap();
    await page.waitForURL((url) => url.pathname === '/pages/matter/index');
    await guideShown(page);
    expect(await text(page.locator('.matter-page .guide-title'))).toBe('残疾人证换领');
    expect(unexpectedProblems()).toEqual([]);
  });

  test('a department list opens from the home page and loads more on request', async () => {
    const page = currentPage();
    const departments = (await (await page.request.get('/api/departments')).json()) as {
      code: string;
      name: string;
      matterCount: number;
    }[];
    const minzheng = departments.find((d) => d.name === '民政局')!;
    expect(minzheng.matterCount).toBeGreaterThan(20);

    await page.goto('/');
    const items = page.locator('.home-page .department-item');
    await items.first().waitFor();
    // The departments with the most matters come first; the others on request.
    expect(await items.count()).toBeLessThan(departments.length);
    await page.locator('.home-page .department-toggle').tap();
    expect(await items.count()).toBe(departments.length);
    const row = items.filter({ has: page.locator('.department-name', { hasText: /^民政局$/ }) });
    expect(await text(row.locator('.department-count'))).toBe(`${minzheng.matterCount} 项`);

    await row.tap();
    await page.waitForURL((url) => url.pathname === '/pages/catalog/list' && url.searchParams.get('department') === minzheng.code);
    const rows = page.locator('.catalog-page .matter-item');
    await rows.first().waitFor();
    await waitUntilPageInPlace(page, 'catalog-page');
    expect(await text(page.locator('.catalog-page .catalog-title'))).toBe('民政局');
    expect(await text(page.locator('.catalog-page .catalog-count'))).toBe(`共 ${minzheng.matterCount} 个事项`);
    expect(await rows.count()).toBe(20);

    // 「加载更多」, or just reaching the bottom of the list, brings the next page.
    const loadMore = page.locator('.catalog-page .load-more');
    expect(await text(loadMore)).toBe('加载更多');
    await loadMore.scrollIntoViewIfNeeded();
    if (await loadMore.isVisible()) await loadMore.click({ timeout: 2_000 }).catch(() => undefined);
    await page.locator('.catalog-page .list-end').waitFor();
    expect(await rows.count()).toBe(minzheng.matterCount);
    expect(await text(page.locator('.catalog-page .list-end'))).toBe(`已显示全部 ${minzheng.matterCount} 个事项`);

    // 只看可掌上办 asks the server for the handheld ones only.
    const online = ((await (await page.request.get(`/api/matters?department=${minzheng.code}&online=true`)).json()) as {
      total: number;
    }).total;
    await page.locator('.catalog-page .filter-online').tap();
    await page.locator('.catalog-page .catalog-count', { hasText: `共 ${online} 个事项` }).waitFor();
    expect(await rows.locator('.tag-handheld').count()).toBe(await rows.count());
    expect(unexpectedProblems()).toEqual([]);
  });

  test('切换县区 loads the guide again with the office and phone of the chosen county', async () => {
    const page = currentPage();
    const matter = await matterNamed(page, '残疾人证新办');
    const yindu = (await (await page.request.get(`/api/matters/${matter.id}?county=410505`)).json()) as {
      place: string;
      phone: string;
    };
    const guideRequests: string[] = [];
    page.on('request', (req) => {
      if (req.url().includes(`/api/matters/${matter.id}`)) guideRequests.push(req.url());
    });

    await page.goto(`/pages/matter/index?id=${matter.id}`);
    await guideShown(page);
    expect(await text(page.locator('.matter-page .guide-county .county-value'))).toBe('文峰区');

    await pickOption(page, page.locator('.matter-page .guide-county'), '殷都区');
    await page.locator('.matter-page .guide-place', { hasText: '殷都区' }).waitFor();
    expect(await text(page.locator('.matter-page .guide-place'))).toBe(yindu.place);
    expect(await text(page.locator('.matter-page .guide-phone').first())).toBe(yindu.phone.split('，')[0]);
    expect(guideRequests.some((url) => new URL(url).searchParams.get('county') === '410505')).toBe(true);
    await page.locator('.matter-page .place-section').scrollIntoViewIfNeeded();
    await snapshot(page, 'place');

    // The choice is remembered: the home page shows it as the 办事地区.
    await page.goto('/');
    await page.locator('.home-page .home-county .county-value', { hasText: '殷都区' }).waitFor();
    expect(unexpectedProblems()).toEqual([]);
  });

  test('立即办理 asks a resident who is not signed in to log in, and opens the apply wizard for a signed-in one', async () => {
    const page = currentPage();
    const matter = await matterNamed(page, '残疾人证新办');
    await page.goto(`/pages/matter/index?id=${matter.id}`);
    await guideShown(page);

    await page.locator('.matter-page .apply-button').tap();
    await page.waitForURL((url) => url.pathname === '/pages/me/index');
    await page.locator('.me-page .login-button').tap();
    await page.locator('.me-page .identity-prompt, .me-page .identity-card').first().waitFor();

    await page.goto(`/pages/matter/index?id=${matter.id}`);
    await guideShown(page);
    await page.locator('.matter-page .apply-button').tap();
    await page.waitForURL((url) => url.pathname === '/cases/apply');
    // A resident without a real-name profile is sent to fill it in first.
    const prompt = page.locator('.apply-page .profile-first');
    await prompt.waitFor();
    expect(await text(page.locator('.apply-page .apply-matter-name'))).toBe(matter.name);
    await snapshot(page, 'profile-first');
    await prompt.locator('.profile-first-button').tap();
    await page.waitForURL((url) => url.pathname === '/pages/me/profile');
    expect(unexpectedProblems()).toEqual([]);
  });

  test('a matter that cannot be handled on the phone points to the office instead', async () => {
    const page = currentPage();
    const counterOnly = (await allMatters(page)).find((m) => !m.handheld)!;
    await page.goto(`/pages/matter/index?id=${counterOnly.id}`);
    await guideShown(page);
    expect(await page.locator('.matter-page .apply-button').count()).toBe(0);
    expect(await text(page.locator('.matter-page .apply-hint'))).toBe('本事项需到窗口办理');
    await page.locator('.matter-page .place-button').tap();
    await page.waitForFunction(() => {
      const place = document.querySelector('.matter-page .place-section');
      return place !== null && place.getBoundingClientRect().top < window.innerHeight / 2;
    });
    expect(unexpectedProblems()).toEqual([]);
  });

  test('a guide that does not exist says so and offers 返回首页', async () => {
    const page = currentPage();
    const missing = '00000000-0000-4000-8000-000000000000';
    expectProblems(failedLoad(404, `/api/matters/${missing}`));
    await page.goto(`/pages/matter/index?id=${missing}&name=${encodeURIComponent('残疾人证新办')}`);
    const error = page.locator('.matter-page .load-error');
    await error.waitFor();
    expect(await text(error.locator('.load-error-message'))).toBe('没有找到这个事项，它可能已被取消');
    expect(await page.locator('.matter-page .retry-button').count()).toBe(0);
    await error.locator('.home-button').tap();
    await page.waitForURL((url) => url.pathname === '/pages/index/index');
    expect(unexpectedProblems()).toEqual([]);
  });
});

// The H5 app in a phone-sized Chromium against the real server (fresh embedded database, seeded divisions):
// home page → county list of 安阳市 → township list of a county, deep links (right, wrong and bad codes),
// the navigation bar's back and home controls, an unknown page path, and two plain HTTP checks.
import type { Locator, Page } from 'playwright-core';
import { saveScreenshot } from './support/browser';
import { useBrowserSession } from './support/session';

const { currentPage, expectProblems, unexpectedProblems, failedLoad } = useBrowserSession({ failedLoadQuery: 'none' });

/**
 * The rows of the region list inside the card titled `sectionTitle` on the page `pageClass`, once loaded.
 * Taro H5 keeps earlier pages of the stack in the DOM (hidden), so every selector is scoped to one page.
 */
async function regionRows(page: Page, pageClass: string, sectionTitle: string): Promise<Locator> {
  const card = page
    .locator(`.${pageClass} .card`)
    .filter({ has: page.locator('.section-title', { hasText: sectionTitle }) });
  // The list replaces the 「正在加载…」 placeholder in one render; an error or empty state fails fast with its text.
  const settled = card.locator('.region-list, .load-error, .region-empty');
  await settled.first().waitFor({ state: 'visible' });
  const failure = card.locator('.load-error, .region-empty');
  if ((await failure.count()) > 0) {
    throw new Error(`the region list did not load: ${(await failure.first().innerText()).trim()}`);
  }
  return card.locator('.region-item');
}

const names = (rows: Locator) => rows.locator('.region-name').allInnerTexts();

/** Title of Taro's H5 navigation bar (one for all pages, outside them). */
const navBarTitle = (page: Page) => page.locator('#taro-navigation-bar .taro-navigation-bar-title');

/**
 * Waits until the page `pageClass` is in place: Taro H5 slides a newly opened page in from the right with a
 * CSS transition (transform, ~300 ms); assertions about what is on screen, and the screenshot, come after it.
 */
async function waitUntilPageInPlace(page: Page, pageClass: string): Promise<void> {
  await page.waitForFunction((cls) => {
    const el = document.querySelector(`.${cls}`);
    if (!el) return false;
    const running = document
      .getAnimations()
      .some((a) => a instanceof CSSTransition && a.playState === 'running');
    return !running && Math.abs(el.getBoundingClientRect().left) < 0.5;
  }, pageClass);
}

describe('H5 home and region pages', () => {
  test('home shows 掌上办 and the 10 county-level units of 安阳市', async () => {
    const page = currentPage();
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);

    const title = page.locator('.home-page .home-title');
    await title.waitFor();
    expect((await title.innerText()).trim()).toBe('掌上办');

    const rows = await regionRows(page, 'home-page', '选择办事地区');
    expect(await rows.count()).toBe(10);
    expect(await names(rows)).toEqual(
      expect.arrayContaining(['文峰区', '殷都区', '滑县', '林州市', '安阳高新技术产业开发区']),
    );
    expect(await page.title()).toBe('掌上办');
    expect(unexpectedProblems()).toEqual([]);
  });

  test('tapping 殷都区 opens the region page with its townships', async () => {
    const page = currentPage();
    await page.goto('/');
    const rows = await regionRows(page, 'home-page', '选择办事地区');

    await rows.filter({ hasText: '殷都区' }).tap();
    await page.waitForURL((url) => url.pathname === '/pages/region/index' && url.searchParams.get('code') === '410505');
    expect(new URL(page.url()).searchParams.get('name')).toBe('殷都区');

    const regionTitle = page.locator('.region-page .region-title');
    await regionTitle.waitFor();
    expect((await regionTitle.innerText()).trim()).toBe('殷都区');

    const townships = await regionRows(page, 'region-page', '下级地区');
    await waitUntilPageInPlace(page, 'region-page');
    expect(await page.title()).toBe('殷都区');
    expect(await townships.count()).toBeGreaterThan(1);
    expect(await names(townships)).toContain('水冶镇');
    // The home page stays in the stack but must not be what the user sees.
    expect(await page.locator('.home-page').isVisible()).toBe(false);
    expect(unexpectedProblems()).toEqual([]);
  });

  test('a deep link to a region page works on a fresh load', async () => {
    const page = currentPage();
    const response = await page.goto(`/pages/region/index?code=410505&name=${encodeURIComponent('殷都区')}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);

    const regionTitle = page.locator('.region-page .region-title');
    await regionTitle.waitFor();
    expect((await regionTitle.innerText()).trim()).toBe('殷都区');

    const townships = await regionRows(page, 'region-page', '下级地区');
    expect(await names(townships)).toContain('水冶镇');
    await waitUntilPageInPlace(page, 'region-page');
    expect(await page.title()).toBe('殷都区');
    expect(new URL(page.url()).pathname).toBe('/pages/region/index');
    expect(unexpectedProblems()).toEqual([]);
  });

  test('a deep link with a wrong name shows the real name and path from the server', async () => {
    const page = currentPage();
    // 410505100 is 曲沟镇; the link claims 水冶镇 (410505101).
    await page.goto(`/pages/region/index?code=410505100&name=${encodeURIComponent('水冶镇')}`);

    // The link's name may show while loading; the path appears with the server's answer, whose name wins.
    const regionPath = page.locator('.region-page .region-path', { hasText: '安阳市' });
    await regionPath.waitFor();
    expect((await regionPath.innerText()).trim()).toBe('安阳市 · 殷都区 · 曲沟镇');
    expect((await page.locator('.region-page .region-title').innerText()).trim()).toBe('曲沟镇');

    const villages = await regionRows(page, 'region-page', '下级地区');
    expect(await names(villages)).toContain('曲沟村民委员会');
    await waitUntilPageInPlace(page, 'region-page');
    expect(await page.title()).toBe('曲沟镇');
    expect((await navBarTitle(page).innerText()).trim()).toBe('曲沟镇');
    expect(await page.locator('.region-page').innerText()).not.toContain('水冶镇');
    expect(unexpectedProblems()).toEqual([]);
  });

  test('?code=abc shows what is wrong with the code, no 重试, and 返回首页 leads home', async () => {
    const page = currentPage();
    expectProblems(failedLoad(400, '/api/regions/abc'), failedLoad(400, '/api/regions?parent=abc'));
    await page.goto('/pages/region/index?code=abc');

    const error = page.locator('.region-page .load-error');
    await error.waitFor();
    expect((await error.locator('.load-error-message').innerText()).trim()).toBe('地区代码应为 4、6、9 或 12 位数字');
    expect(await error.innerText()).not.toContain('提交的内容有误');
    expect(await page.locator('.region-page .retry-button').count()).toBe(0);
    const home = error.locator('.home-button');
    expect((await home.innerText()).trim()).toBe('返回首页');
    await waitUntilPageInPlace(page, 'region-page');
    await saveScreenshot(page, `${expect.getState().currentTestName} (error)`);

    await home.tap();
    await page.waitForURL((url) => url.pathname === '/pages/index/index');
    expect(await (await regionRows(page, 'home-page', '选择办事地区')).count()).toBe(10);
    expect(unexpectedProblems()).toEqual([]);
  });

  test('an unknown code shows 没有找到 and 返回首页, not 重试', async () => {
    const page = currentPage();
    expectProblems(failedLoad(404, '/api/regions/999999'), failedLoad(404, '/api/regions?parent=999999'));
    await page.goto(`/pages/region/index?code=999999&name=${encodeURIComponent('水冶镇')}`);

    const error = page.locator('.region-page .load-error');
    await error.waitFor();
    expect((await error.locator('.load-error-message').innerText()).trim()).toBe('没有找到这个地区，请重新选择');
    expect(await page.locator('.region-page .retry-button').count()).toBe(0);
    expect(await error.locator('.home-button').isVisible()).toBe(true);
    // The unverified name from the link does not stay as the title of a region that does not exist.
    expect((await page.locator('.region-page .region-title').innerText()).trim()).toBe('选择地区');
    await waitUntilPageInPlace(page, 'region-page');
    expect(unexpectedProblems()).toEqual([]);
  });

  test('the back control of the navigation bar returns from a region page to the home page', async () => {
    const page = currentPage();
    await page.goto('/');
    await regionRows(page, 'home-page', '选择办事地区');
    // The home page is the root: nothing to go back to.
    expect(await page.locator('#taro-navigation-bar .taro-navigation-bar-back').isVisible()).toBe(false);

    await (await regionRows(page, 'home-page', '选择办事地区')).filter({ hasText: '殷都区' }).tap();
    await page.waitForURL((url) => url.pathname === '/pages/region/index');
    await regionRows(page, 'region-page', '下级地区');
    await waitUntilPageInPlace(page, 'region-page');
    expect((await navBarTitle(page).innerText()).trim()).toBe('殷都区');

    const back = page.locator('#taro-navigation-bar .taro-navigation-bar-back');
    expect(await back.isVisible()).toBe(true);
    await back.tap();
    await page.waitForURL((url) => url.pathname === '/pages/index/index');
    await page.locator('.region-page').waitFor({ state: 'detached' });
    expect(await page.locator('.home-page').isVisible()).toBe(true);
    expect((await page.locator('.home-page .home-title').innerText()).trim()).toBe('掌上办');
    expect(await page.title()).toBe('掌上办');
    expect(await back.isVisible()).toBe(false);
    expect(unexpectedProblems()).toEqual([]);
  });

  test('a deep-linked region page (no history) offers 首页 instead of back', async () => {
    const page = currentPage();
    await page.goto(`/pages/region/index?code=410505&name=${encodeURIComponent('殷都区')}`);
    await regionRows(page, 'region-page', '下级地区');
    expect(await page.locator('#taro-navigation-bar .taro-navigation-bar-back').isVisible()).toBe(false);

    await page.locator('#taro-navigation-bar .taro-navigation-bar-home').tap();
    await page.waitForURL((url) => url.pathname === '/pages/index/index');
    expect(await (await regionRows(page, 'home-page', '选择办事地区')).count()).toBe(10);
    expect(await page.locator('.region-page').count()).toBe(0);
    expect(unexpectedProblems()).toEqual([]);
  });

  test('an unknown page path lands on the home page', async () => {
    const page = currentPage();
    const response = await page.goto('/pages/nope/index');
    expect(response?.status()).toBe(200);

    await page.waitForURL((url) => url.pathname === '/pages/index/index');
    const rows = await regionRows(page, 'home-page', '选择办事地区');
    expect(await rows.count()).toBe(10);
    expect(await page.title()).toBe('掌上办');
    expect(unexpectedProblems()).toEqual([]);
  });

  test('/healthz answers ok and an unknown API path answers a JSON 404', async () => {
    const page = currentPage();
    const health = await page.request.get('/healthz');
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });

    const missing = await page.request.get('/api/nope');
    expect(missing.status()).toBe(404);
    expect(missing.headers()['content-type']).toMatch(/^application\/json/);
    const body = await missing.json();
    expect(body).toEqual({
      error: { code: 'not_found', message: expect.any(String), requestId: expect.any(String) },
    });
    expect(body.error.message.length).toBeGreaterThan(0);
    expect(body.error.requestId).toBe(missing.headers()['x-request-id']);
  });
});

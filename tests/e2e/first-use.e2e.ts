// What a new user trips over (issue 14): tap targets of at least 44×44 px on the home, guide and 我的 pages; a tap
// that loads shows its loading state within 100 ms on a slow network, and a first visit offline offers 重试 that
// works once the network is back; the 办事地区 follows the profile and can be a township; family binding waits
// for the other person's consent.
import type { CDPSession, Page } from 'playwright-core';
import { idCheckChar } from '@shared/identity/personal-numbers';
import { snapshot, useBrowserSession } from './support/session';
import { bearer, demoLogin, pickOption, staffLogin, waitUntilPageInPlace } from './support/taro-h5';

const { currentPage, expectProblems, unexpectedProblems } = useBrowserSession();

const MIN_TAP = 44;

/**
 * Every tappable element on the page `pageClass` (and the tab bar): buttons, links, role=button, Taro's Button,
 * Navigator and Picker, and every element given a click handler (a View or Text with onClick counts without
 * marking it). Each with its size in CSS px.
 */
async function tapTargets(page: Page, pageClass: string) {
  return page.evaluate((cls) => {
    const root = document.querySelector(`.${cls}`);
    if (!root) throw new Error(`no .${cls}`);
    const candidates = [...root.querySelectorAll('*'), ...document.querySelectorAll('.weui-tabbar__item')];
    // Taro's H5 components keep the listeners React gave them (onClick → click) in the element's __events.
    const handler = (el: Element) => {
      const events = (el as unknown as { __events?: Record<string, unknown> }).__events;
      return !!events && ['click', 'tap', 'longpress'].some((name) => name in events);
    };
    const tappable = (el: Element) =>
      el.matches('button, a[href], [role=button], taro-button-core, taro-navigator-core, taro-picker-core > :first-child, .weui-tabbar__item') ||
      handler(el);
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && !el.closest('.weui-picker, .taro__toast, .taro__modal');
    };
    return candidates.filter((el) => tappable(el) && shown(el)).map((el) => {
      const r = el.getBoundingClientRect();
      const name = (el as HTMLElement).innerText?.trim().replace(/\s+/g, ' ').slice(0, 16) || el.tagName.toLowerCase();
      return { name, className: String(el.className).split(' ').slice(0, 3).join(' '), width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 };
    });
  }, pageClass);
}

async function expectAllTappableAtLeast44(page: Page, pageClass: string, atLeast: number) {
  const targets = await tapTargets(page, pageClass);
  expect(targets.length).toBeGreaterThanOrEqual(atLeast);
  const small = targets.filter((t) => t.width < MIN_TAP || t.height < MIN_TAP);
  expect(small).toEqual([]);
}

/** A valid ID number (region 410502 文峰区) for a birth date, told apart by a 3-digit sequence. */
function idNumber(birth: string, sequence: number): string {
  const first17 = `410502${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

/** Saves a profile through the API (the profile form has its own tests), living in township `code`. */
async function saveProfile(page: Page, name: string, id: string, regionCode: string): Promise<void> {
  const res = await page.request.put('/api/me/profile', { headers: await bearer(page), data: { name, idNumber: id, phone: '13800138000', regionCode } });
  expect(res.status()).toBe(200);
}

async function network(page: Page, conditions: { offline: boolean; latency: number; kbps?: number }): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const bytes = conditions.kbps ? (conditions.kbps * 1024) / 8 : -1;
  await cdp.send('Network.emulateNetworkConditions', { offline: conditions.offline, latency: conditions.latency, downloadThroughput: bytes, uploadThroughput: bytes });
  return cdp;
}

/**
 * Taps `selector` and answers how many ms passed in the page between the tap and the first frame in which a
 * loading state (spinner or 正在加载…) is on screen.
 */
async function msToLoadingState(page: Page, selector: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __tapAt?: number; __loadingAt?: number };
    w.__tapAt = undefined;
    w.__loadingAt = undefined;
    document.addEventListener('touchstart', () => (w.__tapAt ??= performance.now()), { capture: true, once: true });
    const loading = () =>
      [...document.querySelectorAll('.region-loading, .taro__toast *')].some((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.left >= 0 && r.left < innerWidth && getComputedStyle(el).visibility !== 'hidden';
      });
    const watch = () => {
      if (w.__tapAt !== undefined && w.__loadingAt === undefined && loading()) w.__loadingAt = performance.now();
      if (w.__loadingAt === undefined) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await page.locator(selector).first().tap();
  await page.waitForFunction(() => (window as unknown as { __loadingAt?: number }).__loadingAt !== undefined, undefined, { timeout: 10_000 });
  return page.evaluate(() => {
    const w = window as unknown as { __tapAt: number; __loadingAt: number };
    return w.__loadingAt - w.__tapAt;
  });
}

describe('touch: every tap target at least 44×44 px', () => {
  test('home, guide and 我的 (logged out and in)', async () => {
    const page = currentPage();
    await page.goto('/');
    await page.locator('.home-page .common-matter').first().waitFor();
    await page.locator('.home-page .region-list').waitFor();
    await expectAllTappableAtLeast44(page, 'home-page', 20);

    await page.locator('.home-page .common-matter').first().tap();
    await page.locator('.matter-page .material-item').first().waitFor();
    await waitUntilPageInPlace(page, 'matter-page');
    await expectAllTappableAtLeast44(page, 'matter-page', 5);
    // No fact repeats its value in the fine print, and the online depth is in words.
    const facts = await page.locator('.matter-page .fact-row').allInnerTexts();
    for (const fact of facts) {
      const lines = fact.split('\n').map((l) => l.trim()).filter(Boolean);
      expect(new Set(lines).size).toBe(lines.length);
    }
    expect((await page.locator('.matter-page .facts-card').innerText())).not.toMatch(/深度/);

    await page.goto('/pages/me/index');
    await page.locator('.me-page .login-button').waitFor();
    await expectAllTappableAtLeast44(page, 'me-page', 2);
    await page.locator('.me-page .login-button').tap();
    await page.locator('.me-page .identity-prompt').waitFor();
    await expectAllTappableAtLeast44(page, 'me-page', 4);
  });
});

describe('slow and offline networks', () => {
  test('a tap that opens a page shows its loading state within 100 ms on a slow network', async () => {
    const page = currentPage();
    await page.goto('/');
    await page.locator('.home-page .common-matter').first().waitFor();
    await page.waitForLoadState('networkidle');
    await network(page, { offline: false, latency: 1500, kbps: 400 });
    const ms = await msToLoadingState(page, '.home-page .common-matter');
    expect(ms).toBeLessThan(100);
    await snapshot(page, 'loading');
    await page.locator('.matter-page .material-item').first().waitFor({ timeout: 30_000 });
    await page.locator('.taro__toast').first().waitFor({ state: 'hidden' });
    await page.goBack();
    await page.locator('.home-page .department-item').first().waitFor();
    expect(await msToLoadingState(page, '.home-page .department-item')).toBeLessThan(100);
    await page.locator('.catalog-page .matter-row').first().waitFor({ timeout: 30_000 });
  });

  test('a page first opened offline shows the network error with 重试, which works once the network is back', async () => {
    const page = currentPage();
    expectProblems(/ERR_INTERNET_DISCONNECTED/);
    await page.goto('/');
    await page.locator('.home-page .department-item').first().waitFor();
    await page.waitForLoadState('networkidle');
    const cdp = await network(page, { offline: true, latency: 0 });
    await page.locator('.home-page .department-item').first().tap();
    const error = page.locator('.catalog-page .load-error');
    await error.waitFor();
    expect(await page.locator('.catalog-page .retry-button').innerText()).toBe('重试');
    await snapshot(page, 'offline');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await page.locator('.catalog-page .retry-button').tap();
    await page.locator('.catalog-page .matter-row').first().waitFor();
    expect(await error.count()).toBe(0);
  });
});

describe('办事地区', () => {
  test('a township can be the 办事地区 and the guide is placed there; the profile address takes over once set', async () => {
    const page = currentPage();
    const townships = (await (await page.request.get('/api/regions?parent=410505')).json()) as { code: string; name: string }[];
    const shuiye = townships.find((t) => t.name === '水冶镇')!;
    await page.goto('/');
    await page.locator('.home-page .common-matter').first().waitFor();
    expect(await page.locator('.home-page .home-township').count()).toBe(0);
    await pickOption(page, page.locator('.home-page .home-county'), '殷都区');
    await page.locator('.home-page .home-township').waitFor();
    expect((await page.locator('.home-page .home-township .county-value').innerText()).trim()).toBe('全县（区）');
    await pickOption(page, page.locator('.home-page .home-township'), '水冶镇');
    await page.locator('.home-page .home-township .county-value', { hasText: '水冶镇' }).waitFor();
    await snapshot(page, 'township');
    // The guide is asked for the township (its centre), not only the county.
    const asked = page.waitForRequest((r) => /\/api\/matters\/[^/?]+\?/.test(r.url()) && r.url().includes(`regionCode=${shuiye.code}`));
    await page.locator('.home-page .common-matter').first().tap();
    await asked;
    await page.locator('.matter-page .material-item').first().waitFor();

    // After login and a profile in 文峰区, the home follows the profile's county and township.
    await page.goto('/pages/me/index');
    await page.locator('.me-page .login-button').tap();
    await page.locator('.me-page .identity-prompt').waitFor();
    const wenfeng = (await (await page.request.get('/api/regions?parent=410502')).json()) as { code: string; name: string }[];
    await saveProfile(page, '赵六', idNumber('19800101', 301), wenfeng[0].code);
    await page.reload();
    await page.locator('.me-page .identity-card').waitFor();
    await page.goto('/');
    await page.locator('.home-page .home-county .county-value', { hasText: '文峰区' }).waitFor();
    expect((await page.locator('.home-page .home-township .county-value').innerText()).trim()).toBe(wenfeng[0].name);
    // A choice made now is kept (it was made under this address).
    await pickOption(page, page.locator('.home-page .home-township'), '全县（区）');
    await page.reload();
    await page.locator('.home-page .home-township .county-value', { hasText: '全县（区）' }).waitFor();
    expect(unexpectedProblems()).toEqual([]);
  });
});

describe('family binding (亲情代办)', () => {
  test('an adult is bound only after they accept from their own account; oneself cannot be bound', async () => {
    const page = currentPage();
    expectProblems(/status of 400/);
    const parentId = idNumber('19700101', 311);
    const childId = idNumber('19990101', 312);
    await demoLogin(page);
    await saveProfile(page, '王大山', parentId, '410502001');
    await page.reload();
    await page.locator('.me-page .identity-card').waitFor();
    // 已实名 is not claimed: nobody has verified the profile.
    expect(await page.locator('.me-page').innerText()).not.toContain('已实名');
    await page.locator('.me-page .menu-family').tap();
    await page.locator('.family-page .add-family-button').waitFor();
    await waitUntilPageInPlace(page, 'family-page');

    const form = page.locator('.family-page .family-form');
    const add = async (name: string, id: string, relation: string) => {
      await page.locator('.family-page .add-family-button').tap();
      await form.locator('.input-name input').fill(name);
      await form.locator('.input-idNumber input').fill(id);
      await form.locator('.relation-option', { hasText: new RegExp(`^${relation}$`) }).tap();
      await form.locator('.save-button').tap();
    };
    await add('王大山', parentId, '其他');
    await form.locator('.form-message, .field-error').first().waitFor();
    expect(await form.innerText()).toContain('不能把您本人的身份证号绑定为家庭成员');
    await form.locator('.cancel-button').tap();

    await add('王小山', childId, '子女');
    const item = page.locator('.family-page .family-item', { hasText: '王小山' });
    await item.waitFor();
    expect((await item.locator('.family-status').innerText()).trim()).toContain('待对方确认');
    await snapshot(page, 'pending');

    // The child, on their own account (a fresh browser profile), sees the request and accepts it.
    const parentStorage = await page.evaluate(() => JSON.stringify(localStorage));
    await page.evaluate(() => localStorage.clear());
    await demoLogin(page);
    await saveProfile(page, '王小山', childId, '410502001');
    await page.goto('/pages/family/index');
    const request = page.locator('.family-page .family-request');
    await request.waitFor();
    expect((await request.locator('.family-request-text').innerText()).trim()).toBe('王大山申请将您绑定为其「子女」，同意后对方可以为您代办业务');
    await request.locator('.accept-button').tap();
    await page.locator('.family-page .form-message', { hasText: '已同意王大山的绑定' }).waitFor();
    await request.waitFor({ state: 'detached' });

    // Back as the parent: the binding is in effect and says how it was made.
    await page.evaluate((saved) => {
      localStorage.clear();
      for (const [k, v] of Object.entries(JSON.parse(saved) as Record<string, string>)) localStorage.setItem(k, v);
    }, parentStorage);
    await page.goto('/pages/family/index');
    await item.waitFor();
    expect((await item.locator('.family-status').innerText()).trim()).toBe('已生效 · 本人在自己的账号中确认');
    expect(unexpectedProblems()).toEqual([]);
  });

  test('a station clerk confirms a binding in person, with the consent recorded', async () => {
    const page = currentPage();
    const sonId = idNumber('19900101', 321);
    const motherId = idNumber('19650101', 322);
    await page.goto('/pages/me/index');
    await page.evaluate(() => localStorage.clear());
    await demoLogin(page);
    await saveProfile(page, '李明', sonId, '410502001');
    const added = await page.request.post('/api/me/family', { headers: await bearer(page), data: { name: '张秀英', idNumber: motherId, relation: '父母' } });
    expect(added.status()).toBe(201);
    const residentStorage = await page.evaluate(() => JSON.stringify(localStorage));

    // The mother comes to the township centre with her ID card; the clerk finds the request by her number.
    await page.evaluate(() => localStorage.clear());
    await staffLogin(page, 'clerk-410502001');
    await page.locator('.staff-home .workbench-link').tap();
    await page.locator('.workbench-page .family-bindings-link').tap();
    await page.locator('.family-bindings-page .family-lookup').waitFor();
    await waitUntilPageInPlace(page, 'family-bindings-page');
    await page.locator('.family-bindings-page .input-idNumber input').fill(motherId);
    await page.locator('.family-bindings-page .lookup-button').tap();
    const binding = page.locator('.family-bindings-page .family-binding');
    await binding.waitFor();
    expect((await binding.locator('.family-binding-text').innerText()).trim()).toMatch(/^李明（4105\*+\d{4}）申请将张秀英绑定为其「父母」$/);
    expect((await binding.locator('.family-binding-status').innerText()).trim()).toBe('待确认');
    // Without the consent nothing is confirmed.
    await binding.locator('.confirm-binding-button').tap();
    await binding.locator('.field-error', { hasText: '请选择本人同意的方式' }).waitFor();
    await binding.locator('.consent-options .chip', { hasText: '本人签字' }).tap();
    await binding.locator('.input-consentNote textarea').fill('签字的同意书留存本中心');
    await binding.locator('.confirm-binding-button').tap();
    await binding.locator('.family-binding-status', { hasText: '已生效' }).waitFor();
    await snapshot(page, 'station-confirmed');

    // The resident sees the binding in effect and how it was made.
    await page.evaluate((saved) => {
      localStorage.clear();
      for (const [k, v] of Object.entries(JSON.parse(saved) as Record<string, string>)) localStorage.setItem(k, v);
    }, residentStorage);
    await page.goto('/pages/family/index');
    const item = page.locator('.family-page .family-item', { hasText: '张秀英' });
    await item.waitFor();
    expect((await item.locator('.family-status').innerText()).trim()).toBe('已生效 · 在便民服务站当面确认');
    expect(unexpectedProblems()).toEqual([]);
  });
});

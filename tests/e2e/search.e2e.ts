// Matter search in a phone-sized Chromium against the real server (fresh embedded database, the Anyang catalog):
// a resident's own words (残疾证丢了) and initials (cjrz) find the right matters, a search that finds nothing offers
// the assistant (智能客服, 转人工) and asks it the same words, and the city admin makes such a search an alias of a
// matter from the list of searches that found nothing; the next search finds it.
import type { Page } from 'playwright-core';
import { snapshot, useBrowserSession } from './support/session';
import { staffLogin, waitUntilPageInPlace } from './support/taro-h5';

const { currentPage, unexpectedProblems } = useBrowserSession();

/** Types a search on the search page and sends it (the keyboard's 搜索). */
async function searchFor(page: Page, text: string): Promise<string[]> {
  const input = page.locator('.search-page .search-input input');
  await input.fill(text);
  await input.press('Enter');
  const done = page.locator('.search-page .search-result, .search-page .search-empty');
  await done.first().waitFor();
  return (await page.locator('.search-page .search-result .matter-name').allInnerTexts()).map((t) => t.trim());
}

async function openSearchPage(page: Page): Promise<void> {
  await page.goto('/');
  await page.locator('.home-page .home-search').tap();
  await page.waitForURL((url) => url.pathname === '/search/index');
  await waitUntilPageInPlace(page, 'search-page');
}

describe('H5 search', () => {
  test('残疾证丢了 shows 残疾人证挂失补办 first, highlighted, with 可掌上办 and the reason; cjrz finds 残疾人证', async () => {
    const page = currentPage();
    await openSearchPage(page);
    // Suggestions come while typing.
    await page.locator('.search-page .search-input input').fill('残疾人');
    await page.locator('.search-page .suggest-item').first().waitFor();

    const names = await searchFor(page, '残疾证丢了');
    expect(names[0]).toBe('残疾人证挂失补办');
    const first = page.locator('.search-page .search-result').first();
    expect((await first.locator('.name-hit').allInnerTexts()).join('')).toContain('残疾人证');
    expect(await first.locator('.matter-department').innerText()).toBe('残疾人联合会');
    expect(await first.locator('.result-reason').innerText()).toMatch(/名称含/);
    await snapshot(page, 'colloquial');

    const initials = await searchFor(page, 'cjrz');
    expect(initials.length).toBeGreaterThan(2);
    for (const name of initials.slice(0, 3)) expect(name).toMatch(/^残疾人证/);

    // The guide opens from a result; the search is kept on the phone.
    await page.locator('.search-page .search-result').first().tap();
    await page.waitForURL((url) => url.pathname === '/pages/matter/index');
    await page.locator('.matter-page .guide-title').waitFor();
    await openSearchPage(page);
    expect(await page.locator('.search-page .recent-item').allInnerTexts()).toEqual(expect.arrayContaining(['cjrz', '残疾证丢了']));
    expect(unexpectedProblems()).toEqual([]);
  });

  test('a search that finds nothing offers the assistant (转人工), which is asked the same words, and 常用事项', async () => {
    const page = currentPage();
    await openSearchPage(page);
    expect(await searchFor(page, '火星移民签证')).toEqual([]);
    await page.locator('.search-page .common-matter').first().waitFor();
    await page.locator('.search-page .assistant-entry').tap();
    await page.waitForURL((url) => url.pathname === '/assistant/index');
    await waitUntilPageInPlace(page, 'assistant-page');
    await page.locator('.assistant-page .chat-row-assistant:not(.chat-welcome)').waitFor();
    expect((await page.locator('.assistant-page .chat-row-resident .bubble-text').first().innerText()).trim()).toBe('火星移民签证');
    await snapshot(page, 'assistant');
    expect(unexpectedProblems()).toEqual([]);
  });

  test('the city admin makes a search that found nothing an alias of a matter; the next search finds it', async () => {
    const page = currentPage();
    await openSearchPage(page);
    expect(await searchFor(page, '小蓝本')).toEqual([]);

    await staffLogin(page, 'admin');
    await page.locator('.staff-home .admin-link-search').tap();
    await page.waitForURL((url) => url.pathname === '/admin/search/index');
    const row = page.locator('.search-admin .unfound-item', { has: page.locator('.unfound-text', { hasText: /^小蓝本$/ }) });
    await row.waitFor();
    await waitUntilPageInPlace(page, 'search-admin');
    await row.locator('.add-alias').tap();
    await row.locator('.matter-search-input input').fill('残疾人证新办');
    await row.locator('.matter-option', { has: page.locator('.matter-option-name', { hasText: /^残疾人证新办$/ }) }).tap();
    await row.locator('.unfound-done').waitFor();
    expect(await row.locator('.unfound-done').innerText()).toContain('残疾人证新办');
    await snapshot(page, 'alias-added');

    await openSearchPage(page);
    expect((await searchFor(page, '小蓝本'))[0]).toBe('残疾人证新办');
    expect(unexpectedProblems()).toEqual([]);
  });
});

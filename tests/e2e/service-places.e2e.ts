// Where a guide sends a resident, in a phone-sized Chromium on the H5 build against the real server (demo mode,
// fresh embedded database): a 滑县 resident opens 农村宅基地和村民建房审批 and sees their own township's centre —
// with 地址/电话 marked 暂未登记 and only the 12345 hotline — not the county window; after the 滑县 admin enters the
// centre's phone on the admin page, the guide prints that number.
import type { Page } from 'playwright-core';
import { idCheckChar } from '@shared/identity/personal-numbers';
import { snapshot, useBrowserSession, useSecondPhone } from './support/session';
import { bearer, staffLogin, textOf, waitUntilPageInPlace } from './support/taro-h5';

const { currentPage, serverUrl, unexpectedProblems } = useBrowserSession();
const adminPhone = useSecondPhone('admin', serverUrl);

const HUAXIAN = '410526';

/** The first 镇 of 滑县 and its first village, from the regions API. */
async function huaxianTown(page: Page) {
  const townships = (await (await page.request.get(`/api/regions?parent=${HUAXIAN}`)).json()) as { code: string; name: string }[];
  const town = townships.find((t) => t.name.endsWith('镇') && !t.name.includes('街道'));
  if (!town) throw new Error('no 镇 in 滑县');
  const villages = (await (await page.request.get(`/api/regions?parent=${town.code}`)).json()) as { code: string; name: string }[];
  return { town, village: villages[0] };
}

async function homesteadMatter(page: Page): Promise<{ id: string; name: string }> {
  for (let p = 1; ; p++) {
    const body = (await (await page.request.get(`/api/matters?pageSize=100&page=${p}`)).json()) as { items: { id: string; name: string }[] };
    const found = body.items.find((m) => m.name.startsWith('农村宅基地和村民建房审批'));
    if (found) return found;
    if (body.items.length === 0) throw new Error('农村宅基地和村民建房审批 is not published');
  }
}

async function openGuide(page: Page, matter: { id: string; name: string }) {
  await page.goto(`/pages/matter/index?id=${encodeURIComponent(matter.id)}&name=${encodeURIComponent(matter.name)}`);
  await page.locator('.matter-page .material-item').first().waitFor();
  await waitUntilPageInPlace(page, 'matter-page');
}

describe('H5: the guide shows where the matter is done', () => {
  test('a 滑县 resident sees their township centre for 农村宅基地和村民建房审批, then the phone the county admin entered', async () => {
    const page = currentPage();
    await page.goto('/pages/me/index');
    await page.locator('.me-page .login-button').tap();
    await page.locator('.me-page .identity-prompt').waitFor();
    const { town, village } = await huaxianTown(page);
    const first17 = `${HUAXIAN}19790503${'611'}`;
    const saved = await page.request.put('/api/me/profile', {
      headers: await bearer(page),
      data: { name: '王建国', idNumber: first17 + idCheckChar(first17), phone: '13800138000', regionCode: village.code },
    });
    expect(saved.status()).toBe(200);
    // 我的 asks for the user again when it comes into view: the profile's place reaches the app.
    await page.goto('/pages/me/index');
    await page.locator('.me-page .identity-name', { hasText: '王建国' }).waitFor();

    const matter = await homesteadMatter(page);
    await openGuide(page, matter);
    const centre = `${town.name}党政综合便民服务中心`;
    await page.locator('.matter-page .guide-place', { hasText: centre }).waitFor();
    expect(await textOf(page, '.matter-page .guide-place')).toContain(centre);
    expect(await textOf(page, '.matter-page .guide-place')).not.toContain('滑县政务服务中心');
    expect(await textOf(page, '.matter-page .guide-place-note')).toContain('乡镇（街道）级事项');
    expect(await textOf(page, '.matter-page .guide-address')).toContain('暂未登记');
    expect(await textOf(page, '.matter-page .guide-phone')).toBe('12345');
    expect(await page.locator('.matter-page .phone-row', { hasText: '政务服务便民热线' }).count()).toBeGreaterThan(0);
    await page.locator('#guide-place').scrollIntoViewIfNeeded();
    await snapshot(page, 'township-centre');

    // The 滑县 admin enters the centre's phone.
    const admin = await adminPhone.open();
    await staffLogin(admin, `county-${HUAXIAN}`);
    await admin.goto('/admin/places/index');
    const row = admin.locator('.places-admin .centre-item', { has: admin.locator('.centre-name', { hasText: centre }) });
    await row.locator('.place-head').tap();
    await row.locator('.centre-phone input').fill('0372-8100001');
    await row.locator('.centre-save').tap();
    await row.locator('.centre-entered', { hasText: '已登记' }).waitFor();
    await snapshot(admin, 'centre-entered');

    await openGuide(page, matter);
    await page.locator('.matter-page .guide-phone', { hasText: '0372-8100001' }).waitFor();
    expect(await page.locator('.matter-page .phone-row', { hasText: '咨询电话' }).count()).toBeGreaterThan(0);
    expect(unexpectedProblems()).toEqual([]);
  });
});

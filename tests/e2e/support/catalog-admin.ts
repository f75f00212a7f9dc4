// What the browser tests of the catalog admin pages share: the matter they edit, its draft read through the API,
// and the way to 事项目录管理 from the staff home.
import type { Page } from 'playwright-core';
import { bearer, waitUntilPageInPlace } from './taro-h5';

export const DISABILITY_CARD = '残疾人证新办';

export interface DraftBody {
  id: string;
  name: string;
  departmentCode: string;
  content: Record<string, unknown> & { promiseLimit: { value: number; unit: string; note?: string } };
}

/** The draft of the matter named `name`, through the admin API as the signed-in admin. */
export async function draftByName(page: Page, name: string): Promise<DraftBody> {
  const headers = await bearer(page);
  const list = await page.request.get(`/api/admin/matters?q=${encodeURIComponent(name)}`, { headers });
  const { items } = (await list.json()) as { items: { id: string; name: string }[] };
  const found = items.find((d) => d.name === name);
  if (!found) throw new Error(`no draft ${name}`);
  return (await (await page.request.get(`/api/admin/matters/${found.id}`, { headers })).json()) as DraftBody;
}

/** Opens 事项目录管理 from the staff home and waits for the drafts. */
export async function openCatalogAdmin(page: Page): Promise<void> {
  await page.locator('.staff-home .admin-link-catalog').tap();
  await page.waitForURL((url) => url.pathname === '/admin/catalog/index');
  await page.locator('.catalog-admin .draft-item').first().waitFor();
  await waitUntilPageInPlace(page, 'catalog-admin');
}

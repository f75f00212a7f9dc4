// 有空白表格 / 有填写样表 on a guide open the files the catalog version keeps: tapping the tag on 残疾人证新办
// opens the material's blank form (and its sample) as a PDF in a new tab.
import type { Page, Response } from 'playwright-core';
import { snapshot, useBrowserSession } from './support/session';
import { waitUntilPageInPlace } from './support/taro-h5';

const { currentPage, unexpectedProblems } = useBrowserSession();

async function matterId(page: Page, department: string, name: string): Promise<string> {
  const body = (await (await page.request.get(`/api/matters?department=${department}&pageSize=100`)).json()) as { items: { id: string; name: string }[] };
  const found = body.items.find((m) => m.name === name);
  if (!found) throw new Error(`no published matter named ${name}`);
  return found.id;
}

/** Taps a tag and returns the answer of the file it opened (in whichever tab it opened). */
async function tapAndCatchFile(page: Page, tag: string): Promise<Response> {
  const tapped = page.locator('.matter-page .material-item .form-link', { hasText: tag }).first();
  const answer = page.context().waitForEvent('response', { predicate: (r) => /\/api\/matters\/[^/]+\/forms\//.test(r.url()), timeout: 10_000 });
  await tapped.tap();
  return answer;
}

test('tapping 有空白表格 and 有填写样表 on a guide opens each as a PDF of that material', async () => {
  const page = currentPage();
  const id = await matterId(page, 'cl', '残疾人证新办');
  await page.goto(`/pages/matter/index?id=${id}&name=${encodeURIComponent('残疾人证新办')}`);
  await page.locator('.matter-page .material-item').first().waitFor();
  await waitUntilPageInPlace(page, 'matter-page');
  const item = page.locator('.matter-page .material-item', { has: page.locator('.form-link') }).first();
  const name = (await item.locator('.material-name').innerText()).replace(/^\d+\.\s*/, '').trim();
  await item.scrollIntoViewIfNeeded();
  await snapshot(page, 'tags');
  // A full tap target, not a 20 px chip.
  const box = await item.locator('.form-link').first().boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);

  for (const [tag, kind] of [['有空白表格', 'blank'], ['有填写样表', 'sample']] as const) {
    const answer = await tapAndCatchFile(page, tag);
    expect(answer.url()).toMatch(new RegExp(`/api/matters/${id}/forms/common-[0-9a-f]{8}/${kind}\\?version=\\d+$`));
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toBe('application/pdf');
    // The same address read again: a real PDF named after the material.
    const file = await page.request.get(answer.url());
    const bytes = await file.body();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(decodeURIComponent(file.headers()['content-disposition'])).toContain(name.replace(/[《》]/g, ''));
  }
  // The guide stays where it was.
  expect(new URL(page.url()).pathname).toBe('/pages/matter/index');
  expect(unexpectedProblems()).toEqual([]);
});

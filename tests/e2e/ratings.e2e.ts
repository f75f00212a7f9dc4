// 好差评 end to end on the H5 build against the real server (demo mode): a 滑县 resident's case, filed and finished
// through the API as a window would, is rated 非常不满意 on the case page; the township lead (lead-<township>) sees
// the follow-up with its call-back and reply deadlines in the workbench, calls back and replies; the resident sees
// the reply and re-rates once, and cannot a third time; the county's export row carries the national codes.
import type { APIRequestContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { idCheckChar } from '@shared/identity/personal-numbers';
import { useBrowserSession, useSecondPhone } from './support/session';
import { staffLogin, taroStorageValue, waitUntilPageInPlace } from './support/taro-h5';

const { currentPage, serverUrl } = useBrowserSession();
const lead = useSecondPhone('lead', serverUrl);

const HUAXIAN = '410526';

interface Field { key: string; type: string; required: boolean; options?: { value: string }[]; min?: number; maxLength?: number }
interface Material { id: string; necessity: string; source: string }
interface Guide { id: string; situations: { id: string; materials: Material[] }[]; materials: Material[]; formSchema: { fields: Field[] } }

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>, status = 200): Promise<T> {
  if (response.status() !== status) throw new Error(`${response.url()}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A handheld township-level matter the first 滑县 township's centre handles, with few materials. */
async function townshipMatter(request: APIRequestContext, township: string): Promise<Guide> {
  const list = await json<{ items: { id: string; name: string }[] }>(await request.get('/api/matters?level=5&online=true&pageSize=100'));
  for (const item of [...list.items].sort((a, b) => a.name.localeCompare(b.name))) {
    const preview = await json<{ queue: { kind: string } }>(await request.get(`/api/routing/preview?matterId=${item.id}&regionCode=${township}`));
    if (preview.queue.kind !== 'township') continue;
    const guide = await json<Guide>(await request.get(`/api/matters/${item.id}`));
    if (guide.situations.length <= 3) return guide;
  }
  throw new Error('no township-level matter');
}

function answers(guide: Guide, idNumber: string, township: string): Record<string, unknown> {
  const form: Record<string, unknown> = {};
  for (const f of guide.formSchema.fields) {
    if (!f.required) continue;
    form[f.key] =
      f.type === 'select' ? f.options![0].value
      : f.type === 'multiselect' ? [f.options![0].value]
      : f.type === 'number' ? (f.min ?? 1)
      : f.type === 'date' ? '2026-11-02'
      : f.type === 'idNumber' ? idNumber
      : f.type === 'phone' ? '13900139000'
      : f.type === 'region' ? township
      : '安阳市滑县道口镇解放路 12 号'.slice(0, f.maxLength ?? 100);
  }
  return form;
}

/** Signs the resident in from 我的 (demo login) and gives them a real-name profile in `township`. */
async function residentOf(page: Page, township: string): Promise<{ headers: Record<string, string>; idNumber: string }> {
  await page.goto('/pages/me/index');
  await page.locator('.me-page .login-button').tap();
  await page.locator('.me-page .identity-prompt').waitFor();
  const headers = { Authorization: `Bearer ${String(await taroStorageValue(page, 'token'))}` };
  const first17 = `${HUAXIAN}19850312${String(Date.now() % 1000).padStart(3, '0')}`;
  const idNumber = first17 + idCheckChar(first17);
  await json(await page.request.put('/api/me/profile', { headers, data: { name: '王桂芳', idNumber, phone: '13800138000', regionCode: township } }));
  return { headers, idNumber };
}

/** The case, submitted by the resident through the API and finished by the township's clerk (clerk-<township>). */
async function finishedCase(page: Page, resident: { headers: Record<string, string>; idNumber: string }, township: string) {
  const request = page.request;
  const guide = await townshipMatter(request, township);
  const situation = guide.situations[0];
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 230, g: 240, b: 250 } } }).png().toBuffer();
  const own = [...guide.materials, ...(situation?.materials ?? [])].filter((m) => m.necessity === 'required' && m.source !== '政府部门核发');
  const materials = [];
  for (const m of own) {
    const upload = await json<{ id: string }>(await request.post('/api/uploads', { headers: resident.headers, multipart: { file: { name: 'photo.png', mimeType: 'image/png', buffer: photo } } }), 201);
    materials.push({ materialId: m.id, uploadIds: [upload.id] });
  }
  const body = { matterId: guide.id, ...(situation ? { situationId: situation.id } : {}), form: answers(guide, resident.idNumber, township), materials };
  const submitted = await json<{ id: string; receiptNo: string; queue: { id: string } }>(
    await request.post('/api/applications', { headers: { ...resident.headers, 'Idempotency-Key': `ratings-e2e-${Date.now()}` }, data: body }), 201);
  expect(submitted.queue.id).toBe(`township:${township}`);
  const login = await json<{ token: string }>(await request.post('/api/auth/staff', { data: { username: `clerk-${township}`, password: 'demo-password' } }));
  const clerk = { Authorization: `Bearer ${login.token}` };
  await json(await request.post(`/api/applications/${submitted.id}/claim`, { headers: clerk }));
  for (const action of [{ action: 'accept' }, { action: 'finish', result: { certificateNo: 'HX-E2E-0001', delivery: '窗口领取' } }]) {
    await json(await request.post(`/api/applications/${submitted.id}/actions`, { headers: clerk, data: action }));
  }
  return submitted;
}

it('a 差评 is followed up by the township lead, re-rated once, and exported with the national codes', async () => {
  const page = currentPage();
  const regions = await json<{ code: string }[]>(await page.request.get(`/api/regions?parent=${HUAXIAN}`));
  const township = [...regions].sort((a, b) => a.code.localeCompare(b.code))[0].code;
  const resident = await residentOf(page, township);
  const theCase = await finishedCase(page, resident, township);

  // The resident rates the finished case 非常不满意, with the four sub-items and a comment.
  await page.goto(`/cases/detail?id=${theCase.id}`);
  const form = page.locator('.case-page .rating-form');
  await form.waitFor();
  await waitUntilPageInPlace(page, 'case-page');
  await form.locator('.rating-submit').tap();
  await form.locator('.error-summary').waitFor();
  await form.locator('.rating-stars .chip-1').tap();
  for (const item of ['efficiency', 'guideAccuracy', 'convenience', 'usability']) await form.locator(`.rating-${item} .chip-1`).tap();
  await form.locator('.rating-comment textarea').fill('材料说明不清楚，跑了三趟');
  await form.locator('.rating-submit').tap();
  const shown = page.locator('.case-page .rating-shown');
  await shown.waitFor();
  await expect(shown.locator('.rating-level').innerText()).resolves.toContain('非常不满意');
  await expect(shown.locator('.follow-up-status').innerText()).resolves.toContain('待回访');

  // The township lead sees the follow-up with both deadlines, calls back and replies.
  const leadPage = await lead.open();
  await staffLogin(leadPage, `lead-${township}`);
  await leadPage.goto('/workbench/follow-ups');
  const row = leadPage.locator('.follow-ups-page .follow-up-row', { hasText: theCase.receiptNo });
  await row.waitFor();
  await expect(row.locator('.follow-up-deadline').allInnerTexts()).resolves.toEqual([expect.stringMatching(/^回访期限 \d{4}-\d{2}-\d{2}$/), expect.stringMatching(/^整改答复期限 \d{4}-\d{2}-\d{2}$/)]);
  await row.tap();
  const followUp = leadPage.locator('.follow-up-page');
  await followUp.locator('.follow-up-call-form').waitFor();
  await waitUntilPageInPlace(leadPage, 'follow-up-page');
  await followUp.locator('.input-call textarea').fill('已电话联系居民，了解到材料说明有歧义');
  await followUp.locator('.call-submit').tap();
  await followUp.locator('.follow-up-reply-form').waitFor();
  await expect(followUp.locator('.follow-up-called-by').innerText()).resolves.toContain('分管领导');
  await followUp.locator('.input-reply textarea').fill('已修改办事指南的材料说明，并对窗口人员进行了培训');
  await followUp.locator('.reply-submit').tap();
  await followUp.locator('.follow-up-replied').waitFor();
  await expect(followUp.locator('.follow-up-status').innerText()).resolves.toBe('已答复');

  // The resident sees the reply and re-rates once; the form is gone, and a third rating is refused.
  await page.goto(`/cases/detail?id=${theCase.id}`);
  await page.locator('.case-page .follow-up-reply').waitFor();
  await expect(page.locator('.case-page .follow-up-reply').innerText()).resolves.toContain('已修改办事指南的材料说明');
  const again = page.locator('.case-page .rating-again-form');
  await waitUntilPageInPlace(page, 'case-page');
  await again.locator('.rating-again-stars .chip-4').tap();
  await again.locator('.rating-again-comment textarea').fill('整改后满意');
  await again.locator('.rating-again-submit').tap();
  await page.locator('.case-page .rating-again-text').waitFor();
  await expect(page.locator('.case-page .rating-again-text').innerText()).resolves.toContain('满意：整改后满意');
  await expect(page.locator('.case-page .rating-again-form').count()).resolves.toBe(0);
  const third = await page.request.post(`/api/applications/${theCase.id}/rating/again`, { headers: resident.headers, data: { stars: 5 } });
  expect(third.status()).toBe(409);
  expect(((await third.json()) as { error: { message: string } }).error.message).toContain('只能追评一次');

  // The county admin's export: the national columns, 满意度代码 of the re-rating (满意 = 2), the case's place.
  const admin = await json<{ token: string }>(await page.request.post('/api/auth/staff', { data: { username: `county-${HUAXIAN}`, password: 'demo-password' } }));
  const rows = await json<Record<string, unknown>[]>(await page.request.get('/api/admin/ratings/export?format=json', { headers: { Authorization: `Bearer ${admin.token}` } }));
  const exported = rows.find((r) => r['办件编号'] === theCase.receiptNo);
  expect(Object.keys(exported!)).toEqual(['办件编号', '评价渠道', '评价时间', '满意度代码', '文字评价', '行政区划']);
  expect(exported).toMatchObject({ 评价渠道: '2', 满意度代码: 2, 文字评价: '材料说明不清楚，跑了三趟；追评：整改后满意', 行政区划: township });
});

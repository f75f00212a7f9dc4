// What a new staff user trips over (issue 14), in the H5 build against the real server (demo mode, fresh
// embedded database): the demo accounts listed on the staff login page; a recall dated later shown as pending
// and withdrawn; versions naming their publisher and showing each changed field before and after, a matter
// opening on tap; the matter editor headed by the matter's name and asking before unsaved changes are left;
// import errors in plain Chinese at the row a person counts.
import { snapshot, useBrowserSession } from './support/session';
import { DISABILITY_CARD, draftByName, openCatalogAdmin } from './support/catalog-admin';
import { allPages, bearer, modalButton, staffLogin, textOf, waitUntilPageInPlace } from './support/taro-h5';

const { currentPage, expectProblems, unexpectedProblems, failedLoad } = useBrowserSession();

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

test('the staff login page lists the demo accounts; tapping one fills the form', async () => {
  const page = currentPage();
  await page.goto('/pages/staff/login');
  const list = page.locator('.staff-login-page .demo-accounts');
  await list.waitFor();
  expect(await textOf(page, '.demo-accounts .demo-password')).toContain('demo-password');
  expect(await textOf(page, '.demo-accounts .demo-account-admin .demo-username')).toBe('admin');
  // A county's accounts on choosing it: its admin, the township centres and leads, departments, stations.
  await list.locator('.demo-county .chip', { hasText: /^殷都区$/ }).tap();
  await list.locator('.demo-account-clerk-410505101').waitFor();
  const names = await list.locator('.demo-username').allInnerTexts();
  expect(names).toEqual(expect.arrayContaining(['admin', 'county-410505', 'clerk-410505101', 'lead-410505101']));
  expect(names.some((n) => n.startsWith('dept-410505-'))).toBe(true);
  expect(names.some((n) => n.startsWith('station-410505'))).toBe(true);
  expect(await textOf(page, '.demo-account-clerk-410505101 .demo-name')).toContain('水冶镇');
  await snapshot(page, 'demo-accounts');

  // Every listed name is a real account: the one tapped signs in.
  await list.locator('.demo-account-lead-410505101').tap();
  const form = page.locator('.staff-login-form');
  expect(await form.locator('.input-username input').inputValue()).toBe('lead-410505101');
  expect(await form.locator('.input-password input').inputValue()).toBe('demo-password');
  await form.locator('.staff-login-submit').tap();
  await page.waitForURL((url) => url.pathname === '/pages/staff/home');
  expect(unexpectedProblems()).toEqual([]);
});

test('a recall dated later reads 将于 … 收回, not 已收回, and the county admin withdraws it', async () => {
  const page = currentPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await staffLogin(page, 'county-410505');
  const headers = await bearer(page);
  type Row = { id: string; matterId: string; townshipCodes: 'ALL' | string[]; takenUp: boolean; recall: unknown };
  const rows = await allPages<Row>(page, '/api/admin/delegations', 200, headers);
  const matters = await allPages<{ id: string; name: string }>(page, '/api/matters', 100);
  const nameOf = new Map(matters.map((m) => [m.id, m.name]));
  const target = rows.find(
    (d) => Array.isArray(d.townshipCodes) && d.townshipCodes.length === 1 && d.townshipCodes[0] === '410505101' && d.takenUp && d.recall === null &&
      matters.filter((m) => m.name === nameOf.get(d.matterId)).length === 1,
  );
  if (!target) throw new Error('no delegation to 水冶镇 to recall');
  const matterName = nameOf.get(target.matterId)!;

  await page.locator('.staff-home .admin-link-delegations').tap();
  await page.waitForURL((url) => url.pathname === '/admin/delegations/index');
  await page.locator('.delegations-admin .delegation-item').first().waitFor();
  await waitUntilPageInPlace(page, 'delegations-admin');
  await page.locator('.delegations-admin .delegation-filter .matter-search-input input').fill(matterName);
  await page.locator('.delegations-admin .delegation-filter .matter-option', { hasText: matterName }).first().tap();
  const row = page.locator('.delegations-admin .delegation-item', { has: page.locator('.delegation-townships', { hasText: /^承接：水冶镇$/ }) });
  await row.waitFor();
  await row.locator('.recall-button').tap();
  await row.locator('.recall-date input').fill('2030-01-01');
  await row.locator('.recall-document input').fill('安殷编〔2029〕3号');
  await row.locator('.recall-reason textarea').fill('水冶镇承接后办件量小，2030 年起收回由县直部门办理');
  await row.locator('.recall-confirm').tap();
  const badge = row.locator('.delegation-recall-badge');
  await badge.waitFor();
  expect((await badge.innerText()).trim()).toBe('将于 2030-01-01 收回');
  expect(await badge.evaluate((el) => el.classList.contains('badge-danger'))).toBe(false);
  expect(await row.innerText()).not.toContain('已收回');
  expect(await textOf(page, '.delegations-admin .delegation-recall')).toMatch(/^将于 2030-01-01 收回；文号 安殷编〔2029〕3号/);
  await snapshot(page, 'pending-recall');

  // Withdrawn, with a reason: in force again with no end, and 收回 is offered again.
  await row.locator('.withdraw-recall-button').tap();
  await row.locator('.withdraw-confirm').tap();
  expect(await textOf(page, '.delegations-admin .withdraw-recall-form .field-error')).toBe('请写明撤回收回的原因');
  await row.locator('.withdraw-reason textarea').fill('收回日期登记有误');
  const withdrawn = page.waitForResponse((r) => r.url().endsWith(`/api/admin/delegations/${target.id}/recall/withdraw`));
  await row.locator('.withdraw-confirm').tap();
  expect((await withdrawn).status()).toBe(200);
  await row.locator('.recall-button').waitFor();
  expect(await row.locator('.delegation-recall-badge').count()).toBe(0);
  expect(await row.locator('.withdraw-recall-button').count()).toBe(0);
  expect((await row.locator('.delegation-period').innerText()).trim()).toMatch(/^期限：\d{4}-\d{2}-\d{2} 起$/);
  expect(unexpectedProblems()).toEqual([]);
});

test('versions name the publisher and show each changed field before and after; a matter opens on tap', async () => {
  const page = currentPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await staffLogin(page, 'admin');
  const headers = await bearer(page);
  const draft = await draftByName(page, DISABILITY_CARD);
  const oldDays = draft.content.promiseLimit.value;
  const content = { ...draft.content, promiseLimit: { ...draft.content.promiseLimit, value: oldDays - 1 } };
  expect((await page.request.put(`/api/admin/matters/${draft.id}`, { headers, data: { content } })).status()).toBe(200);
  expect((await page.request.post('/api/admin/catalog/publish', { headers, data: { note: '缩短残疾人证新办承诺时限' } })).status()).toBe(200);
  const latest = Math.max(...((await (await page.request.get('/api/admin/catalog/versions', { headers })).json()) as { version: number }[]).map((v) => v.version));

  await openCatalogAdmin(page);
  await page.locator('.catalog-admin .versions-link').tap();
  await page.waitForURL((url) => url.pathname === '/admin/catalog/versions');
  await page.locator('.catalog-versions .version-item').first().waitFor();
  await waitUntilPageInPlace(page, 'catalog-versions');
  const meta = await page.locator('.catalog-versions .version-meta').allInnerTexts();
  for (const m of meta) expect(m).not.toMatch(UUID);
  expect(await textOf(page, `.catalog-versions .version-${latest} .version-meta`)).toContain('发布人 安阳市政务服务和大数据管理局（admin）');
  expect(await textOf(page, '.catalog-versions .version-1 .version-meta')).toContain('发布人 系统初始化');

  await page.locator('.catalog-versions .version-1 .compare-check').tap();
  await page.locator(`.catalog-versions .version-${latest} .compare-check`).tap();
  await page.locator('.catalog-versions .compare-button').tap();
  const item = page.locator('.catalog-versions .diff-changed .diff-item', { hasText: DISABILITY_CARD });
  await item.waitFor();
  const change = item.locator('.diff-change', { hasText: '承诺办结时限' });
  expect(await change.locator('.diff-before').innerText()).toMatch(new RegExp(`^原：${oldDays} ${draft.content.promiseLimit.unit}`));
  expect(await change.locator('.diff-after').innerText()).toMatch(new RegExp(`^新：${oldDays - 1} ${draft.content.promiseLimit.unit}`));
  await snapshot(page, 'diff');

  await item.locator('.diff-name').tap();
  await page.waitForURL((url) => url.pathname === '/admin/catalog/edit' && url.searchParams.get('id') === draft.id);
  await page.locator('.draft-editor .editor-title').waitFor();
  expect(await textOf(page, '.draft-editor .editor-title')).toBe(DISABILITY_CARD);
  expect(unexpectedProblems()).toEqual([]);
});

test('the matter editor is headed by names, not codes, and asks before unsaved changes are left', async () => {
  const page = currentPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await staffLogin(page, 'admin');
  const draft = await draftByName(page, DISABILITY_CARD);
  const departments = (await (await page.request.get('/api/departments')).json()) as { code: string; name: string }[];
  const department = departments.find((d) => d.code === draft.departmentCode)!;
  await openCatalogAdmin(page);
  await page.locator('.catalog-admin .search-input input').fill(DISABILITY_CARD);
  await page.locator('.catalog-admin .search-button').tap();
  await page.locator('.catalog-admin .draft-item', { hasText: DISABILITY_CARD }).first().tap();
  await page.waitForURL((url) => url.pathname === '/admin/catalog/edit');
  const days = page.locator('.draft-editor .promise-days-input input');
  await days.waitFor();
  await waitUntilPageInPlace(page, 'draft-edit-page');
  expect(await textOf(page, '.draft-editor .editor-title')).toBe(DISABILITY_CARD);
  await page.waitForFunction((name) => (document.querySelector('.draft-editor .draft-code')?.textContent ?? '').includes(name), department.name);
  expect(await textOf(page, '.draft-editor .draft-code')).not.toContain(`部门 ${draft.departmentCode}`);

  // Nothing changed: back leaves at once.
  await page.locator('#taro-navigation-bar .taro-navigation-bar-back').tap();
  await page.waitForURL((url) => url.pathname === '/admin/catalog/index');
  await waitUntilPageInPlace(page, 'catalog-admin');
  await page.locator('.catalog-admin .draft-item', { hasText: DISABILITY_CARD }).first().tap();
  await page.waitForURL((url) => url.pathname === '/admin/catalog/edit');
  await days.waitFor();
  await waitUntilPageInPlace(page, 'draft-edit-page');

  // A change not saved: back asks; 继续编辑 stays with the change, 离开 leaves.
  await days.fill(String(Number(await days.inputValue()) + 3));
  expect(await textOf(page, '.draft-editor .editor-dirty')).toBe('有未保存的修改');
  await page.locator('#taro-navigation-bar .taro-navigation-bar-back').tap();
  await modalButton(page, 'cancel').waitFor();
  expect(await page.locator('.taro__modal').innerText()).toContain('有未保存的修改');
  await snapshot(page, 'leave-asks');
  await modalButton(page, 'cancel').tap();
  await page.waitForTimeout(300);
  expect(new URL(page.url()).pathname).toBe('/admin/catalog/edit');
  expect(await textOf(page, '.draft-editor .editor-dirty')).toBe('有未保存的修改');
  await page.locator('#taro-navigation-bar .taro-navigation-bar-back').tap();
  await modalButton(page, 'confirm').tap();
  await page.waitForURL((url) => url.pathname === '/admin/catalog/index');
  // Nothing was saved.
  expect((await draftByName(page, DISABILITY_CARD)).content.promiseLimit).toEqual(draft.content.promiseLimit);
  expect(unexpectedProblems()).toEqual([]);
});

test('import errors name the place in plain Chinese, never a parser’s English', async () => {
  const page = currentPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await staffLogin(page, 'admin');
  await openCatalogAdmin(page);
  await page.locator('.catalog-admin .import-link').tap();
  await page.waitForURL((url) => url.pathname === '/admin/catalog/import');
  const form = page.locator('.catalog-import .import-form');
  await form.waitFor();
  await waitUntilPageInPlace(page, 'catalog-import');

  // JSON that does not parse: the line and column, in Chinese.
  await form.locator('.import-json textarea').fill('{\n  "departments": [\n    {"code": "mz",}\n  ]\n}');
  await form.locator('.import-submit').tap();
  const parseError = form.locator('.field-file .field-error');
  await parseError.waitFor();
  expect((await parseError.innerText()).trim()).toMatch(/^JSON 格式有误：第 3 行第 \d+ 列附近/);
  expect((await parseError.innerText()).replace('JSON', '')).not.toMatch(/[A-Za-z]{4,}/);

  // A matter without its code, in the third department: named as a person counts.
  expectProblems(failedLoad(422, '/api/admin/catalog/import'));
  const body = { departments: [
    { code: 'mz', name: '民政局', matters: [{ name: '测试事项甲', itemCode: 'E2E-A-0001' }] },
    { code: 'rs', name: '人社局', matters: [{ name: '测试事项乙', itemCode: 'E2E-A-0002' }] },
    { code: 'cl', name: '残联', matters: [{ name: '测试事项丙' }] },
  ] };
  await form.locator('.import-json textarea').fill(JSON.stringify(body, null, 2));
  await form.locator('.import-submit').tap();
  const rowError = form.locator('.import-error').first();
  await rowError.waitFor();
  expect((await rowError.innerText()).trim()).toBe('第 3 个部门第 1 个事项：缺少业务办理项编码');
  expect((await textOf(page, '.catalog-import .import-message')).replace('JSON', '')).not.toMatch(/[A-Za-z]{4,}/);
  await snapshot(page, 'row-error');
  expect(unexpectedProblems()).toEqual([]);
});

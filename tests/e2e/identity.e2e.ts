// The identity part of the H5 app in a phone-sized Chromium against the real server (demo mode, fresh embedded
// database): the tab bar, demo login from 我的, the real-name form (instant checks, the server's answers, the
// masked card), family members (亲情代办), staff login and the staff home, and a revoked token.
// Every test has its own browser context, so its own localStorage and therefore its own demo resident.
import type { Page } from 'playwright-core';
import { idCheckChar, idNumberMessages, maskIdNumber } from '@shared/identity/personal-numbers';
import { snapshot, useBrowserSession } from './support/session';
import { bearer, demoLogin, modalButton, pickOption, taroStorageValue, waitUntilPageInPlace } from './support/taro-h5';

const { currentPage, expectProblems, unexpectedProblems, failedLoad } = useBrowserSession();

/** A valid ID number of someone born on 1990-01-01 in 文峰区, told apart by a 3-digit sequence number. */
function idNumber(sequence: number): string {
  const first17 = `41050219900101${String(sequence).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

const VALID_ID = idNumber(123);
/** Same first 17 characters, wrong check digit. */
const WRONG_CHECK_ID = VALID_ID.slice(0, 17) + (VALID_ID[17] === '5' ? '6' : '5');

const text = async (page: Page, selector: string) => (await page.locator(selector).innerText()).trim();

/** The township of 殷都区 named `name`, as the server lists it. */
async function township(page: Page, name: string): Promise<{ code: string; name: string }> {
  const response = await page.request.get('/api/regions?parent=410505');
  const list = (await response.json()) as { code: string; name: string }[];
  const found = list.find((r) => r.name === name);
  if (!found) throw new Error(`no township ${name} in 殷都区`);
  return found;
}

async function openProfileForm(page: Page): Promise<void> {
  await page.locator('.me-page .menu-profile').tap();
  await page.locator('.profile-page .profile-form').waitFor();
  await waitUntilPageInPlace(page, 'profile-page');
}

async function fillProfile(page: Page, values: { name: string; idNumber: string; phone: string }): Promise<void> {
  await page.locator('.profile-form .input-name input').fill(values.name);
  await page.locator('.profile-form .input-idNumber input').fill(values.idNumber);
  await page.locator('.profile-form .input-phone input').fill(values.phone);
}

async function chooseRegion(page: Page, county: string, townshipName: string): Promise<void> {
  await pickOption(page, page.locator('.profile-form .region-picker-county'), county);
  await page.locator('.profile-form .region-picker-township .picker-placeholder').waitFor();
  await pickOption(page, page.locator('.profile-form .region-picker-township'), townshipName);
  await page.locator('.profile-form .region-picker-village').waitFor();
}

describe('H5 identity: resident', () => {
  test('tab bar with 首页, 办件 and 我的; demo login from 我的 survives a reload', async () => {
    const page = currentPage();
    await page.goto('/');
    await page.locator('.home-page .region-list').waitFor();
    const tabs = page.locator('taro-tabbar .weui-tabbar__label');
    expect((await tabs.allInnerTexts()).map((t) => t.trim())).toEqual(['首页', '办件', '我的']);

    await page.locator('taro-tabbar .weui-tabbar__item', { hasText: '我的' }).tap();
    await page.waitForURL((url) => url.pathname === '/pages/me/index');
    const login = page.locator('.me-page .login-button');
    await login.waitFor();
    expect((await login.innerText()).trim()).toBe('登录');
    expect(await page.locator('.me-page .staff-login-link').isVisible()).toBe(true);

    await login.tap();
    await page.locator('.me-page .identity-prompt').waitFor();
    expect(await text(page, '.me-page .identity-prompt-title')).toBe('完成实名信息');
    expect(await page.locator('.me-page .menu-profile').isVisible()).toBe(true);
    expect(await page.locator('.me-page .menu-family').isVisible()).toBe(true);
    const openid = await taroStorageValue(page, 'demoOpenid');
    expect(openid).toMatch(/^h5-[a-z0-9]{24}$/);
    expect(typeof (await taroStorageValue(page, 'token'))).toBe('string');

    await page.reload();
    await page.locator('.me-page .identity-prompt').waitFor();
    expect(await page.locator('.me-page .login-button').count()).toBe(0);

    // 退出登录, then 登录 again: the same browser is the same demo resident (same openid).
    await page.locator('.me-page .logout-button').tap();
    await login.waitFor();
    expect(await taroStorageValue(page, 'token')).toBeUndefined();
    expect(await taroStorageValue(page, 'demoOpenid')).toBe(openid);
    expect(unexpectedProblems()).toEqual([]);
  });

  test('the real-name form checks the ID number at once, saves, and 我的 shows the masked card', async () => {
    const page = currentPage();
    const puts: string[] = [];
    page.on('request', (req) => {
      if (req.method() === 'PUT') puts.push(req.url());
    });
    await demoLogin(page);
    await openProfileForm(page);

    await fillProfile(page, { name: '张三', idNumber: WRONG_CHECK_ID, phone: '13812345678' });
    // Leaving the field checks it at once.
    await page.locator('.profile-form .input-phone input').focus();
    const idError = page.locator('.profile-form .field-idNumber .field-error');
    await idError.waitFor();
    expect((await idError.innerText()).trim()).toBe(idNumberMessages.checkDigit);

    await chooseRegion(page, '殷都区', '水冶镇');
    await page.locator('.profile-form .save-button').tap();
    const summary = page.locator('.profile-form .error-summary');
    await summary.waitFor();
    expect(await summary.locator('.error-summary-item').allInnerTexts()).toEqual([idNumberMessages.checkDigit]);
    expect(puts).toEqual([]); // nothing was sent
    await snapshot(page, 'invalid-id');

    await page.locator('.profile-form .input-idNumber input').fill(VALID_ID);
    await idError.waitFor({ state: 'detached' });
    await page.locator('.profile-form .save-button').tap();

    await page.waitForURL((url) => url.pathname === '/pages/me/index');
    const card = page.locator('.me-page .identity-card');
    await card.waitFor();
    await waitUntilPageInPlace(page, 'me-page');
    expect(await text(page, '.me-page .identity-name')).toBe('张三');
    expect(await text(page, '.me-page .identity-id')).toBe(maskIdNumber(VALID_ID));
    expect(await text(page, '.me-page .identity-id')).toBe('4105**********' + VALID_ID.slice(-4));
    expect(await text(page, '.me-page .identity-phone')).toBe('138****5678');
    expect(await text(page, '.me-page .identity-region')).toBe('安阳市 · 殷都区 · 水冶镇');
    expect(await card.innerText()).not.toContain(VALID_ID);
    expect(puts).toHaveLength(1);
    await snapshot(page, 'masked-card');

    // Opening the form again shows the owner's own full numbers and region.
    await openProfileForm(page);
    expect(await page.locator('.profile-form .input-idNumber input').inputValue()).toBe(VALID_ID);
    expect(await page.locator('.profile-form .input-phone input').inputValue()).toBe('13812345678');
    expect(await text(page, '.profile-form .region-picker-township .picker-value')).toBe('水冶镇');
    expect(unexpectedProblems()).toEqual([]);
  });

  test('an ID number verified by another account: the server’s 409 is shown above the form', async () => {
    const page = currentPage();
    // Another resident (another demo openid) has already verified this number.
    const other = await page.request.post('/api/auth/dev', { data: { openid: 'e2e-other-resident' } });
    const { token } = (await other.json()) as { token: string };
    const taken = idNumber(456);
    const saved = await page.request.put('/api/me/profile', {
      headers: { Authorization: `Bearer ${token}` },
      data: { name: '王五', idNumber: taken, phone: '13900000000', regionCode: (await township(page, '水冶镇')).code },
    });
    expect(saved.status()).toBe(200);

    expectProblems(failedLoad(409, '/api/me/profile'));
    await demoLogin(page);
    await openProfileForm(page);
    await fillProfile(page, { name: '赵六', idNumber: taken, phone: '13712345678' });
    await chooseRegion(page, '殷都区', '水冶镇');
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/me/profile') && r.request().method() === 'PUT');
    await page.locator('.profile-form .save-button').tap();
    const response = await answer;
    expect(response.status()).toBe(409);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('id_number_taken');

    const message = page.locator('.profile-form .form-message');
    await message.waitFor();
    expect((await message.innerText()).trim()).toBe(error.message);
    expect(new URL(page.url()).pathname).toBe('/pages/me/profile');
    expect(unexpectedProblems()).toEqual([]);
  });

  test('a 400 from the server: each detail under its field and in the error summary', async () => {
    const page = currentPage();
    // The form already checks everything the server checks, so a real 400 cannot be provoked from the UI:
    // this one answers with the server's error shape to show how the form places it.
    await page.route('**/api/me/profile', async (route) => {
      if (route.request().method() !== 'PUT') return route.fallback();
      await route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({
          error: {
            code: 'invalid_input',
            message: '提交的内容有误，请按提示修改后重试',
            details: [
              { field: 'phone', message: '这个手机号暂时不能使用' },
              { field: 'regionCode', message: '请选择所在的乡镇（街道）或村（社区）' },
            ],
            requestId: 'e2e',
          },
        }),
      });
    });
    expectProblems(failedLoad(400, '/api/me/profile'));
    await demoLogin(page);
    await openProfileForm(page);
    await fillProfile(page, { name: '张三', idNumber: VALID_ID, phone: '13812345678' });
    await chooseRegion(page, '殷都区', '水冶镇');
    await page.locator('.profile-form .save-button').tap();

    const summary = page.locator('.profile-form .error-summary');
    await summary.waitFor();
    expect(await summary.locator('.error-summary-item').allInnerTexts()).toEqual([
      '这个手机号暂时不能使用',
      '请选择所在的乡镇（街道）或村（社区）',
    ]);
    expect(await text(page, '.profile-form .field-phone .field-error')).toBe('这个手机号暂时不能使用');
    expect(await text(page, '.profile-form .field-regionCode .field-error')).toBe('请选择所在的乡镇（街道）或村（社区）');
    expect(await page.locator('.profile-form .field-idNumber .field-error').count()).toBe(0);
    expect(await page.locator('.profile-form .form-message').count()).toBe(0);
    expect(unexpectedProblems()).toEqual([]);
  });

  test('family members: add one (listed masked), a duplicate is refused, at most 5, remove with a confirm', async () => {
    const page = currentPage();
    expectProblems(failedLoad(409, '/api/me/family'));
    await demoLogin(page);
    // Binding asks for the resident's own profile first (family-binding tests cover that).
    const profile = { name: '张三', idNumber: idNumber(199), phone: '13812345678', regionCode: (await township(page, '水冶镇')).code };
    expect((await page.request.put('/api/me/profile', { headers: await bearer(page), data: profile })).status()).toBe(200);
    await page.locator('.me-page .menu-family').tap();
    await page.locator('.family-page .add-family-button').waitFor();
    await waitUntilPageInPlace(page, 'family-page');
    expect(await text(page, '.family-page .family-count')).toBe('已绑定 0 位，最多绑定 5 位');

    // Saving the empty form names every field.
    await page.locator('.family-page .add-family-button').tap();
    const form = page.locator('.family-page .family-form');
    await form.locator('.save-button').tap();
    expect(await form.locator('.error-summary-item').allInnerTexts()).toEqual(['请输入姓名', '请输入身份证号', '请选择与您的关系']);

    const spouse = idNumber(201);
    await form.locator('.input-name input').fill('李四');
    await form.locator('.input-idNumber input').fill(spouse);
    await form.locator('.relation-option', { hasText: '配偶' }).tap();
    await form.locator('.save-button').tap();
    const items = page.locator('.family-page .family-item');
    await items.first().waitFor();
    expect(await items.count()).toBe(1);
    expect(await text(page, '.family-page .family-item .family-name')).toBe('李四');
    expect(await text(page, '.family-page .family-item .family-relation')).toBe('配偶');
    expect(await text(page, '.family-page .family-item .family-id')).toBe(maskIdNumber(spouse));
    expect(await items.first().innerText()).not.toContain(spouse);
    await snapshot(page, 'one-member');

    // The same person again: the server's 409 shows in the form.
    await page.locator('.family-page .add-family-button').tap();
    await form.locator('.input-name input').fill('李四');
    await form.locator('.input-idNumber input').fill(spouse);
    await form.locator('.relation-option', { hasText: '其他' }).tap();
    await form.locator('.save-button').tap();
    await form.locator('.form-message').waitFor();
    expect(await text(page, '.family-page .family-form .form-message')).toBe('这位家庭成员已经以“配偶”绑定过了，同一人只能绑定一次');
    await form.locator('.cancel-button').tap();

    // Four more through the API: at 5 the button is disabled and says why.
    const headers = await bearer(page);
    // Born the same day as the resident: relations without an age order.
    for (const [i, relation] of (['其他', '其他', '兄弟姐妹', '兄弟姐妹'] as const).entries()) {
      const added = await page.request.post('/api/me/family', {
        headers,
        data: { name: `家人${'甲乙丙丁'[i]}`, idNumber: idNumber(300 + i), relation },
      });
      expect(added.status()).toBe(201);
    }
    await page.reload();
    await page.locator('.family-page .family-item').nth(4).waitFor();
    expect(await items.count()).toBe(5);
    expect(await text(page, '.family-page .family-count')).toBe('已绑定 5 位，最多绑定 5 位');
    const full = page.locator('.family-page .add-family-button');
    expect((await full.innerText()).trim()).toBe('已达上限（最多绑定 5 位）');
    expect(await full.getAttribute('disabled')).not.toBeNull();
    await snapshot(page, 'five-members');

    // Removing asks first; 「取消」 keeps the member.
    const first = items.filter({ hasText: '李四' });
    await first.locator('.family-delete').tap();
    await modalButton(page, 'cancel').click();
    expect(await items.count()).toBe(5);
    await first.locator('.family-delete').tap();
    expect(await page.locator('.taro__modal .taro-modal__text').innerText()).toContain('李四');
    await modalButton(page, 'confirm').click();
    await page.waitForFunction(() => document.querySelectorAll('.family-page .family-item').length === 4);
    expect(await items.filter({ hasText: '李四' }).count()).toBe(0);
    expect((await full.innerText()).trim()).toBe('添加家庭成员');
    expect(await full.getAttribute('disabled')).toBeNull();
    expect(unexpectedProblems()).toEqual([]);
  });

  test('logged out, a resident page asks to log in first and 去登录 opens 我的', async () => {
    const page = currentPage();
    await page.goto('/pages/me/profile');
    const prompt = page.locator('.profile-page .login-required');
    await prompt.waitFor();
    expect(await text(page, '.profile-page .login-required-text')).toBe('登录后才能填写实名信息');
    expect(await page.locator('.profile-page .profile-form').count()).toBe(0);
    await prompt.locator('.primary-button').tap();
    await page.waitForURL((url) => url.pathname === '/pages/me/index');
    await page.locator('.me-page .login-button').waitFor();
    expect(unexpectedProblems()).toEqual([]);
  });

  test('a token the server no longer accepts: 我的 falls back to the logged-out state', async () => {
    const page = currentPage();
    expectProblems(failedLoad(401, '/api/me'));
    await demoLogin(page);
    // The token is revoked elsewhere (e.g. logged out on another device).
    const revoked = await page.request.post('/api/auth/logout', { headers: await bearer(page) });
    expect(revoked.status()).toBe(204);

    // Coming back to 我的 asks GET /api/me, which answers 401: the stored session is forgotten.
    await page.locator('taro-tabbar .weui-tabbar__item', { hasText: '首页' }).tap();
    await page.waitForURL((url) => url.pathname === '/pages/index/index');
    await page.locator('taro-tabbar .weui-tabbar__item', { hasText: '我的' }).tap();
    await page.locator('.me-page .login-button').waitFor();
    expect(await taroStorageValue(page, 'token')).toBeUndefined();
    expect(await taroStorageValue(page, 'user')).toBeUndefined();
    expect(unexpectedProblems()).toEqual([]);
  });
});

describe('H5 identity: staff', () => {
  test('a wrong password shows the server’s message; the clerk of 水冶镇 gets the staff home', async () => {
    const page = currentPage();
    expectProblems(failedLoad(401, '/api/auth/staff'));
    const shuiye = await township(page, '水冶镇');
    const username = `clerk-${shuiye.code}`;

    await page.goto('/pages/me/index');
    await page.locator('.me-page .staff-login-link').tap();
    const form = page.locator('.staff-login-page .staff-login-form');
    await form.waitFor();
    await waitUntilPageInPlace(page, 'staff-login-page');

    await form.locator('.staff-login-submit').tap();
    expect(await form.locator('.field-error').allInnerTexts()).toEqual(['请输入用户名', '请输入密码']);

    await form.locator('.input-username input').fill(username);
    await form.locator('.input-password input').fill('not-the-password');
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/auth/staff'));
    await form.locator('.staff-login-submit').tap();
    const refusal = await refused;
    expect(refusal.status()).toBe(401);
    const { error } = (await refusal.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('bad_credentials');
    await form.locator('.staff-login-error').waitFor();
    expect(await text(page, '.staff-login-page .staff-login-error')).toBe(error.message);
    await snapshot(page, 'wrong-password');

    await form.locator('.input-password input').fill('demo-password');
    const accepted = page.waitForResponse((r) => r.url().endsWith('/api/auth/staff'));
    await form.locator('.staff-login-submit').tap();
    const { user } = (await (await accepted).json()) as { user: { displayName: string } };
    await page.waitForURL((url) => url.pathname === '/pages/staff/home');
    const home = page.locator('.staff-home');
    await home.waitFor();
    await waitUntilPageInPlace(page, 'staff-home-page');
    expect(await text(page, '.staff-home .staff-greeting')).toBe(`${user.displayName}，您好`);
    expect(await text(page, '.staff-home .staff-role')).toBe('窗口人员');
    const scope = page.locator('.staff-home .scope-name');
    await page.waitForFunction(() =>
      (document.querySelector('.staff-home .scope-name')?.textContent ?? '').includes('殷都区'),
    );
    expect(await scope.allInnerTexts()).toEqual(['殷都区 · 水冶镇 便民服务中心']);
    await snapshot(page, 'staff-home');

    // 我的 knows it is a staff session and links back here.
    await page.goto('/pages/me/index');
    await page.locator('.me-page .staff-card').waitFor();
    await snapshot(page, 'me-as-staff');
    await page.locator('.me-page .staff-home-link').tap();
    await page.locator('.staff-home').waitFor();
    await waitUntilPageInPlace(page, 'staff-home-page');

    await page.locator('.staff-home .logout-button').tap();
    await page.waitForURL((url) => url.pathname === '/pages/me/index');
    await page.locator('.me-page .login-button').waitFor();
    expect(await taroStorageValue(page, 'token')).toBeUndefined();
    expect(unexpectedProblems()).toEqual([]);
  });

  test('a locked account: the server says when to try again', async () => {
    const page = currentPage();
    const shuiye = await township(page, '水冶镇');
    const username = `lead-${shuiye.code}`;
    // Wrong passwords until the server locks the account.
    let status = 0;
    for (let i = 0; i < 10 && status !== 423; i++) {
      status = (await page.request.post('/api/auth/staff', { data: { username, password: `wrong-${i}` } })).status();
    }
    expect(status).toBe(423);
    expectProblems(failedLoad(423, '/api/auth/staff'));

    await page.goto('/pages/staff/login');
    const form = page.locator('.staff-login-page .staff-login-form');
    await form.waitFor();
    await form.locator('.input-username input').fill(username);
    await form.locator('.input-password input').fill('demo-password');
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/staff'));
    await form.locator('.staff-login-submit').tap();
    const response = await answer;
    expect(response.status()).toBe(423);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('account_locked');
    await form.locator('.staff-login-error').waitFor();
    expect(await text(page, '.staff-login-page .staff-login-error')).toBe(error.message);
    expect(new URL(page.url()).pathname).toBe('/pages/staff/login');
    expect(unexpectedProblems()).toEqual([]);
  });
});

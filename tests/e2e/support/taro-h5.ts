// Helpers for driving Taro's H5 components in Chromium: page transitions, the selector picker (a wheel moved by
// dragging), Taro's modal, the session kept in localStorage, and the staff sign-in.
import type { Locator, Page } from 'playwright-core';

/**
 * Waits until the page `pageClass` is in place: Taro H5 slides a newly opened page in from the right with a
 * CSS transition (transform, ~300 ms); assertions about what is on screen, and the screenshot, come after it.
 */
export async function waitUntilPageInPlace(page: Page, pageClass: string): Promise<void> {
  await page.waitForFunction((cls) => {
    const el = Array.from(document.querySelectorAll(`.${cls}`)).find((e) => (e as HTMLElement).offsetParent !== null);
    if (!el) return false;
    const running = document
      .getAnimations()
      .some((a) => a instanceof CSSTransition && a.playState === 'running');
    return !running && Math.abs(el.getBoundingClientRect().left) < 0.5;
  }, pageClass);
}

/**
 * Waits until nothing has scrolled for `stillMs`: Taro's pageScrollTo animates in setTimeout frames (the apply
 * wizard scrolls to its error summary after 下一步), and a tap sent while the page moves lands beside its target.
 */
export async function waitUntilScrollStill(page: Page, stillMs = 250): Promise<void> {
  await page.waitForFunction((ms) => {
    const w = window as unknown as { __scrollProbe?: { key: string; since: number } };
    const positions = [window.pageYOffset, ...Array.from(document.querySelectorAll('.taro_page')).map((e) => e.scrollTop)];
    const key = positions.join(',');
    const now = performance.now();
    if (w.__scrollProbe?.key !== key) w.__scrollProbe = { key, since: now };
    return now - w.__scrollProbe.since >= ms;
  }, stillMs, { polling: 50 });
}

/** Row height and first-row offset of Taro's picker wheel (@tarojs/components picker/constant.js). */
const LINE_HEIGHT = 34;
const TOP = 102;

/**
 * Opens the picker behind `trigger` and chooses the option `label`: the wheel is dragged with the mouse (at most
 * 5 rows per drag, staying inside the wheel, which stops listening when the pointer leaves it), then 「确定」.
 */
export async function pickOption(page: Page, trigger: Locator, label: string): Promise<void> {
  await trigger.tap();
  const picker = page.locator('.weui-picker:visible');
  await picker.waitFor();
  const wheel = picker.locator('.weui-picker__group').first();
  const options = (await wheel.locator('.weui-picker__item').allInnerTexts()).map((t) => t.trim());
  const target = options.indexOf(label);
  if (target < 0) throw new Error(`the picker has no option ${label}: ${options.join('、')}`);

  const selected = () =>
    wheel.evaluate(
      (el, [line, top]) => {
        const content = el.querySelector('.weui-picker__content') as HTMLElement;
        const y = /translate3d\(0px, (-?[\d.]+)px/.exec(content.style.transform)?.[1];
        return Math.round((top - Number(y ?? top)) / line);
      },
      [LINE_HEIGHT, TOP],
    );
  for (let drags = 0; drags < 40; drags++) {
    const current = await selected();
    if (current === target) break;
    const rows = Math.max(-5, Math.min(5, target - current));
    const box = (await wheel.boundingBox())!;
    const x = box.x + box.width / 2;
    const startY = rows > 0 ? box.y + box.height - 20 : box.y + 20;
    await page.mouse.move(x, startY);
    await page.mouse.down();
    await page.mouse.move(x, startY - rows * LINE_HEIGHT, { steps: 8 });
    await page.mouse.up();
    // The wheel settles with a 0.3 s transition.
    await page.waitForTimeout(350);
  }
  if ((await selected()) !== target) throw new Error(`could not turn the picker to ${label}`);
  await picker.locator('.weui-picker__action', { hasText: '确定' }).click();
  await picker.waitFor({ state: 'hidden' });
}

/** Taro.showModal on H5: its buttons. */
export function modalButton(page: Page, which: 'confirm' | 'cancel'): Locator {
  return page.locator(`.taro__modal .taro-model__${which}`);
}

/** A value kept by Taro.setStorageSync on H5 (localStorage, wrapped as {"data": value}). */
export async function taroStorageValue(page: Page, key: string): Promise<unknown> {
  const raw = await page.evaluate((k) => window.localStorage.getItem(k), key);
  if (raw === null) return undefined;
  try {
    return (JSON.parse(raw) as { data?: unknown }).data;
  } catch {
    return raw;
  }
}

/** Signs in on the staff login page (demo accounts share `demo-password`); resolves on the staff home, in place. */
export async function staffLogin(page: Page, username: string): Promise<void> {
  await page.goto('/pages/staff/login');
  const form = page.locator('.staff-login-page .staff-login-form');
  await form.waitFor();
  await form.locator('.input-username input').fill(username);
  await form.locator('.input-password input').fill('demo-password');
  await form.locator('.staff-login-submit').tap();
  await page.waitForURL((url) => url.pathname === '/pages/staff/home');
  await page.locator('.staff-home').waitFor();
  await waitUntilPageInPlace(page, 'staff-home-page');
}

/** Opens 我的 and logs in with the demo login; resolves once the resident's part of the page shows. */
export async function demoLogin(page: Page): Promise<void> {
  await page.goto('/pages/me/index');
  await page.locator('.me-page .login-button').tap();
  await page.locator('.me-page .identity-prompt, .me-page .identity-card').first().waitFor();
}

/** The trimmed text of the first element `selector` finds. */
export async function textOf(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).first().innerText()).trim();
}

/** The Authorization header of the signed-in user, from the app's storage (for API calls in a test). */
export async function bearer(page: Page): Promise<Record<string, string>> {
  const token = await taroStorageValue(page, 'token');
  if (typeof token !== 'string' || !token) throw new Error('no token in storage');
  return { Authorization: `Bearer ${token}` };
}

/** Every item of a paged list route (`?page=&pageSize=`, answering `{ items, total }`), page after page. */
export async function allPages<T>(page: Page, path: string, pageSize: number, headers?: Record<string, string>): Promise<T[]> {
  const items: T[] = [];
  for (let p = 1; ; p++) {
    const res = await page.request.get(`${path}${path.includes('?') ? '&' : '?'}page=${p}&pageSize=${pageSize}`, { headers });
    const body = (await res.json()) as { items: T[]; total: number };
    items.push(...body.items);
    if (items.length >= body.total || body.items.length === 0) return items;
  }
}

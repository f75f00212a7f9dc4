// Debian's Chromium driven by playwright-core (no downloaded browser: there is no internet here).
// CHROMIUM_PATH overrides the executable.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
/** Screenshots for people to look at; git-ignored. */
export const SCREENSHOT_DIR = path.join(repoRoot, '.e2e');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export interface PhonePage {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught exceptions and failed requests of the page, in order (for assertions and logs). */
  problems: string[];
  close(): Promise<void>;
}

/** A fresh context (no cookies or storage from other tests) with one phone-sized page. */
export async function newPhonePage(browser: Browser, baseURL?: string): Promise<PhonePage> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const at = msg.location()?.url;
      problems.push(`console.error: ${msg.text()}${at ? ` (${at})` : ''}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText ?? '';
    // Requests cut short by a navigation are not the app's fault.
    if (!reason.includes('ERR_ABORTED')) problems.push(`request failed: ${req.method()} ${req.url()} ${reason}`);
  });
  return { context, page, problems, close: () => context.close() };
}

/** File name for a test: its full name, made safe for a path. */
export function screenshotName(testName: string): string {
  const safe = testName
    .replace(/[\\/:*?"<>|\s]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  // File names are limited to 255 bytes and Chinese characters take 3 bytes each in UTF-8.
  const chars = Array.from(safe);
  while (Buffer.byteLength(chars.join('')) > 200) chars.pop();
  return chars.join('') || 'screenshot';
}

/** Saves .e2e/<test-name>.png (full page); never throws, so it cannot hide the test's own failure. */
export async function saveScreenshot(page: Page | undefined, testName: string): Promise<string | undefined> {
  // Nothing to show for a test that only used page.request.
  if (!page || page.isClosed() || page.url() === 'about:blank') return undefined;
  const file = path.join(SCREENSHOT_DIR, `${screenshotName(testName)}.png`);
  try {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: file, fullPage: true, timeout: 10_000 });
    return file;
  } catch (err) {
    process.stderr.write(`e2e: could not save screenshot ${file}: ${(err as Error).message}\n`);
    return undefined;
  }
}

// The lifecycle every browser test file shares: one server and one Chromium per file, a fresh page (its own
// context) per test, the problems that page reports checked against what the test expects, and a screenshot at
// the end of each test. Call useBrowserSession() once at the top level of a test file; it registers the jest hooks.
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPhonePage, saveScreenshot, type PhonePage } from './browser';
import { startServer, type RunningServer } from './server';

export interface BrowserSessionOptions {
  /**
   * Resizes each test's page after it is created (it stays a touch-enabled, 2× page); the phone size of
   * newPhonePage() when left out. The admin pages, used mostly on a desktop browser, pass { width: 1280, height: 800 }.
   */
  viewport?: { width: number; height: number };
  /**
   * Whether failedLoad(status, path) also matches `path` followed by a query string ('any', the default), or only
   * exactly `path` ('none').
   */
  failedLoadQuery?: 'any' | 'none';
  /** Seed the demo history on the server (see server.ts); off by default. */
  demoHistory?: boolean;
}

export interface BrowserSession {
  /** The current test's page (only inside a test). */
  currentPage(): Page;
  /** The server's URL, e.g. http://127.0.0.1:43121 (only once beforeAll has run). */
  serverUrl(): string;
  /** What the server printed so far (its last 64 KiB). */
  serverOutput(): string;
  /** Problems the current test provokes on purpose (e.g. the console error Chromium logs for an API 4xx). */
  expectProblems(...patterns: RegExp[]): void;
  /** Problems the page reported, apart from those the test expects (see expectProblems). */
  unexpectedProblems(): string[];
  /** Chromium logs every non-2xx fetch as a console error naming the status and (as its location) the URL. */
  failedLoad(status: number, path: string): RegExp;
}

/** The current test's full name, as the screenshots are named. */
export function currentTestName(): string {
  return expect.getState().currentTestName ?? 'unnamed';
}

/** An extra screenshot of a step in the middle of a test: .e2e/<test name>--<step>.png. */
export async function snapshot(page: Page, step: string): Promise<void> {
  await saveScreenshot(page, `${currentTestName()}--${step}`);
}

export function useBrowserSession(options: BrowserSessionOptions = {}): BrowserSession {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let current: PhonePage | undefined;
  let expectedProblems: RegExp[] = [];

  beforeAll(async () => {
    server = await startServer({ demoHistory: options.demoHistory });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(async () => {
    expectedProblems = [];
    current = await newPhonePage(browser!, server!.url);
    if (options.viewport) await current.page.setViewportSize(options.viewport);
  });

  afterEach(async () => {
    const problems = unexpectedProblems();
    if (problems.length > 0) console.warn(`the page reported:\n${problems.join('\n')}`);
    await saveScreenshot(current?.page, currentTestName());
    await current?.close();
    current = undefined;
  });

  function unexpectedProblems(): string[] {
    return (current?.problems ?? []).filter((p) => !expectedProblems.some((re) => re.test(p)));
  }

  const query = (options.failedLoadQuery ?? 'any') === 'any' ? '(\\?[^)]*)?' : '';

  return {
    currentPage() {
      if (!current) throw new Error('e2e: there is no page outside a test');
      return current.page;
    },
    serverUrl() {
      if (!server) throw new Error('e2e: the server is not started yet');
      return server.url;
    },
    serverOutput() {
      return server?.output() ?? '';
    },
    expectProblems(...patterns) {
      expectedProblems.push(...patterns);
    },
    unexpectedProblems,
    failedLoad(status, path) {
      const url = `${server!.url}${path}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return new RegExp(`status of ${status}\\b.*\\(${url}${query}\\)$`);
    },
  };
}

/**
 * A second phone for another person in the same test (the clerk who works the resident's case or answers their
 * hand-over): its own Chromium, a fresh page per `open()`, screenshotted as `<test>--<name>` and checked for
 * problems after each test. Call at the top level of a test file, after useBrowserSession().
 */
export function useSecondPhone(name: string, serverUrl: () => string) {
  let browser: Browser | undefined;
  let phone: PhonePage | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    if (!phone) return;
    await saveScreenshot(phone.page, `${currentTestName()}--${name}`);
    const { problems } = phone;
    await phone.close();
    phone = undefined;
    expect(problems).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    /** The second phone's browser (e.g. for a probe page in a beforeAll). */
    browser: () => browser as Browser,
    /** Opens the second phone's page for this test. */
    async open(): Promise<Page> {
      phone = await newPhonePage(browser as Browser, serverUrl());
      return phone.page;
    },
  };
}

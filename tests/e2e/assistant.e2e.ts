// The assistant (智能客服) in a phone-sized Chromium on the H5 build against the real server (demo mode, fresh
// embedded database, the Anyang catalog): a 滑县 resident asks for 残疾证 in their own words, picks 新办 among the
// siblings, asks what to bring, how long and whether it costs — each answer checked against the published guide —
// then 转人工; the clerk of the queue the hand-over went to answers it from the workbench's 咨询工单, and the
// resident's open chat shows the answer from 人工客服 (and again when the page is opened anew). Questions outside
// government services get the out-of-scope answer, and a question that fails to send can be sent again (重试).
import type { Locator, Page } from 'playwright-core';
import { idCheckChar } from '@shared/identity/personal-numbers';
import { snapshot, useBrowserSession, useSecondPhone } from './support/session';
import { bearer, staffLogin, taroStorageValue, waitUntilPageInPlace } from './support/taro-h5';

const { currentPage, serverUrl, expectProblems, unexpectedProblems } = useBrowserSession();

const HUAXIAN = '410526';

interface Township {
  code: string;
  name: string;
}
interface Guide {
  id: string;
  name: string;
  free: boolean;
  fees: unknown[];
  promiseLimit: { value: number; unit: string };
  materials: { name: string }[];
}

const text = async (locator: Locator) => (await locator.innerText()).trim();

/** Demo login from 我的, then a real-name profile in `township`, so that a hand-over can be routed. */
async function residentOf(page: Page, township: Township): Promise<void> {
  await page.goto('/pages/me/index');
  await page.locator('.me-page .login-button').tap();
  await page.locator('.me-page .identity-prompt').waitFor();
  const saved = await page.request.put('/api/me/profile', {
    headers: await bearer(page),
    data: { name: '刘玉梅', idNumber: `41052619850312500${idCheckChar('41052619850312500')}`, phone: '13800138000', regionCode: township.code },
  });
  expect(saved.status()).toBe(200);
}

/** The chat page, opened from the home page's 「智能客服」. */
async function openChat(page: Page): Promise<void> {
  await page.goto('/');
  await page.locator('.home-page .home-ask').tap();
  await page.waitForURL((url) => url.pathname === '/assistant/index');
  await waitUntilPageInPlace(page, 'assistant-page');
}

/** The chat page on screen (Taro H5 keeps the pages below it in the document, hidden). */
const chat = (page: Page) => page.locator('.assistant-page:visible');

/** The assistant's bubbles so far (the greeting of an empty conversation left out). */
const answers = (page: Page) => chat(page).locator('.chat-row-assistant:not(.chat-welcome)');

/** Waits until the chat on screen shows more than `before` answers and nothing is on its way. */
async function answeredBeyond(page: Page, before: number): Promise<void> {
  await page.waitForFunction((n) => {
    const shown = Array.from(document.querySelectorAll('.assistant-page')).find((e) => (e as HTMLElement).offsetParent !== null);
    return !!shown && shown.querySelectorAll('.chat-row-assistant:not(.chat-welcome)').length > n && !shown.querySelector('.bubble-sending');
  }, before);
}

/** Waits for the assistant's answer after `trigger` sends a question; resolves with that answer's bubble. */
async function answerAfter(page: Page, trigger: () => Promise<void>): Promise<Locator> {
  const before = await answers(page).count();
  await trigger();
  await answeredBeyond(page, before);
  return answers(page).last();
}

/** Types a question and sends it with the keyboard (Enter). */
function ask(page: Page, question: string): Promise<Locator> {
  return answerAfter(page, async () => {
    const input = chat(page).locator('.chat-input input');
    await input.fill(question);
    await input.press('Enter');
  });
}

/** A quick reply under the newest answer, tapped. */
function tapChip(page: Page, option: string): Promise<Locator> {
  return answerAfter(page, () => chat(page).locator('.quick-reply', { hasText: new RegExp(`^${option}$`) }).last().tap());
}

const paragraphs = async (bubble: Locator) => (await bubble.locator('.bubble-text').allInnerTexts()).join('\n');

/** The names of a materials answer: its numbered lines, `1. 名称（必需）`. */
function materialNames(answer: string): string[] {
  return answer
    .split('\n')
    .map((line) => /^\d+\.\s*(.+?)（/.exec(line.trim())?.[1])
    .filter((name): name is string => Boolean(name));
}

/** The demo account working a queue: county department, township centre or village station. */
function accountOf(queueId: string): string {
  const [kind, code, department] = queueId.split(':');
  if (kind === 'county_department') return `dept-${code}-${department}`;
  if (kind === 'township') return `clerk-${code}`;
  if (kind === 'village') return `station-${code}`;
  throw new Error(`no demo account works the queue ${queueId}`);
}

const clerkPhone = useSecondPhone('clerk', serverUrl);

describe('H5 assistant', () => {
  test('残疾证 → 新办 → materials, time and fees from the guide → 转人工; the clerk answers from 咨询工单 and the chat shows it', async () => {
    const page = currentPage();
    const townships = (await (await page.request.get(`/api/regions?parent=${HUAXIAN}`)).json()) as Township[];
    const township = [...townships].sort((a, b) => a.code.localeCompare(b.code))[0];
    await residentOf(page, township);
    await openChat(page);
    expect(await page.locator('.assistant-page .chat-welcome .quick-reply').count()).toBeGreaterThanOrEqual(3);

    // 我想办残疾证: the 残疾人证 matters, and which one as quick replies.
    let reply = await ask(page, '我想办残疾证');
    const names = (await reply.locator('.matter-card-name').allInnerTexts()).map((n) => n.trim());
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const name of names) expect(name).toMatch(/^残疾人证/);
    const chips = (await reply.locator('.quick-reply').allInnerTexts()).map((c) => c.trim());
    expect(chips).toEqual(expect.arrayContaining(['新办', '换领', '挂失补办']));
    expect(await reply.locator('.matter-card').first().locator('.open-guide').innerText()).toBe('查看指南');
    await snapshot(page, 'choose');

    // 新办: 残疾人证新办 in focus.
    reply = await tapChip(page, '新办');
    const card = reply.locator('.matter-card');
    expect(await card.count()).toBe(1);
    expect(await text(card.locator('.matter-card-name'))).toBe('残疾人证新办');
    const matterId = (await card.getAttribute('data-id'))!;
    const guide = (await (await page.request.get(`/api/matters/${matterId}`)).json()) as Guide;
    expect(guide.name).toBe('残疾人证新办');
    expect(await card.locator('.start-apply').count()).toBe(1); // handheld: 立即办理

    // 要带什么材料: exactly the guide's materials.
    reply = await ask(page, '要带什么材料');
    expect(materialNames(await paragraphs(reply))).toEqual(guide.materials.map((m) => m.name));
    expect(await text(reply.locator('.matter-card-name'))).toBe('残疾人证新办');

    // 多久能办好: the promised limit.
    reply = await ask(page, '多久能办好');
    const time = await paragraphs(reply);
    expect(time).toContain(`${guide.promiseLimit.value} 个${guide.promiseLimit.unit}`);

    // 收费吗: this matter is free.
    expect(guide.free || guide.fees.length === 0).toBe(true);
    reply = await ask(page, '收费吗');
    expect(await paragraphs(reply)).toContain('不收费');

    // 转人工: the hand-over, to the queue that would work 残疾人证新办 in the resident's township.
    reply = await ask(page, '转人工');
    const notice = reply.locator('.handoff-notice');
    const said = await text(notice.locator('.handoff-text'));
    const queueName = /^已转人工：(.+)，工作人员答复后会显示在这里$/.exec(said)?.[1];
    expect(queueName).toBeTruthy();
    expect(await text(notice.locator('.handoff-status'))).toBe('等待答复');
    const ticketId = (await notice.getAttribute('data-ticket'))!;
    await snapshot(page, 'handed-over');

    // Which clerk: the admin sees every queue's tickets.
    const admin = (await (await page.request.post('/api/auth/staff', { data: { username: 'admin', password: 'demo-password' } })).json()) as { token: string };
    const open = (await (await page.request.get('/api/consultations?status=open', { headers: { Authorization: `Bearer ${admin.token}` } })).json()) as {
      items: { id: string; queue: { id: string; name: string } }[];
    };
    const ticket = open.items.find((t) => t.id === ticketId);
    expect(ticket?.queue.name).toBe(queueName);

    // The clerk: 工作台 → 咨询工单 (with the number waiting) → the ticket → an empty answer is refused at the field → 答复.
    const c = await clerkPhone.open();
    await staffLogin(c, accountOf(ticket!.queue.id));
    await c.locator('.staff-home .workbench-link').tap();
    await c.waitForURL((url) => url.pathname === '/workbench/index');
    await c.locator('.workbench-page .tickets-open').waitFor();
    expect(await text(c.locator('.workbench-page .tickets-open'))).toMatch(/^待答复 [1-9]\d*$/);
    await c.locator('.workbench-page .tickets-link').tap();
    await c.waitForURL((url) => url.pathname === '/workbench/tickets');
    const row = c.locator(`.tickets-page .ticket-row[data-id="${ticketId}"]`);
    await row.waitFor();
    expect(await text(row.locator('.ticket-line'))).toContain('残疾人证新办');
    await row.tap();
    await c.waitForURL((url) => url.pathname === '/workbench/ticket');
    await waitUntilPageInPlace(c, 'ticket-page');
    expect(await text(c.locator('.ticket-page .ticket-queue'))).toBe(queueName);
    expect(await text(c.locator('.ticket-page .ticket-matter'))).toBe('残疾人证新办');
    expect(await c.locator('.ticket-page .ticket-line-text').allInnerTexts()).toEqual(expect.arrayContaining(['我想办残疾证', '收费吗']));
    await c.locator('.ticket-page .answer-submit').tap();
    expect(await text(c.locator('.ticket-page .field-text .field-error'))).toBe('请输入答复内容');
    const answer = '残疾人证新办需要本人到县残联指定医院做残疾评定，请携带身份证和近期免冠照片。';
    await c.locator('.ticket-page .input-answer textarea').fill(answer);
    await c.locator('.ticket-page .answer-submit').tap();
    await c.locator('.ticket-page .ticket-answered .ticket-answer').waitFor();
    expect(await text(c.locator('.ticket-page .ticket-answer'))).toBe(answer);
    await snapshot(c, 'clerk-answered-ticket');

    // The resident's chat, still open, shows the answer from 人工客服 (asked every 5 s while the hand-over is open).
    const clerkBubble = page.locator('.assistant-page .chat-row-clerk');
    await clerkBubble.waitFor({ timeout: 20_000 });
    expect(await text(clerkBubble.locator('.chat-author'))).toBe('人工客服');
    expect(await text(clerkBubble.locator('.bubble-text'))).toBe(answer);
    expect(await text(page.locator('.assistant-page .handoff-status').last())).toBe('已答复');
    await snapshot(page, 'clerk-answered');

    // Opened anew, the conversation is read back.
    await page.goto('/assistant/index');
    await page.locator('.assistant-page .chat-row-clerk').waitFor();
    expect(await page.locator('.assistant-page .chat-row-resident').count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator('.assistant-page .chat-welcome').count()).toBe(0);

    // 长按复制: a long press on the clerk's bubble copies its words.
    const bubble = page.locator('.assistant-page .chat-row-clerk .chat-bubble');
    await bubble.dispatchEvent('touchstart');
    await page.waitForTimeout(500);
    await bubble.dispatchEvent('touchend');
    await page.waitForFunction(() => window.localStorage.getItem('taro_clipboard') !== null);
    expect(await taroStorageValue(page, 'taro_clipboard')).toBe(answer);

    // 查看指南 opens the guide, whose 问一问 asks about it in the chat.
    const known = await answers(page).count();
    await page.locator('.assistant-page .matter-card .open-guide').last().tap();
    await page.waitForURL((url) => url.pathname === '/pages/matter/index');
    await page.locator('.matter-page .guide-title', { hasText: '残疾人证新办' }).waitFor();
    await waitUntilPageInPlace(page, 'matter-page');
    await page.locator('.matter-page .ask-link').tap();
    await page.waitForURL((url) => url.pathname === '/assistant/index');
    await waitUntilPageInPlace(page, 'assistant-page');
    // The new page reads the conversation back, then asks about the matter: one answer more than before.
    await answeredBeyond(page, known);
    expect(await chat(page).locator('.chat-row-clerk').count()).toBe(1);
    expect(await text(chat(page).locator('.chat-row-resident .bubble-text').last())).toBe('残疾人证新办');
    expect(await text(answers(page).last().locator('.matter-card-name'))).toBe('残疾人证新办');
    expect(unexpectedProblems()).toEqual([]);
  });

  test('帮我订外卖 and 今天天气怎么样 get the out-of-scope answer; a question that failed to send is sent again with 重试', async () => {
    const page = currentPage();
    await page.goto('/assistant/index');
    await waitUntilPageInPlace(page, 'assistant-page');
    await page.locator('.assistant-page .chat-welcome').waitFor();

    for (const question of ['帮我订外卖', '今天天气怎么样']) {
      const reply = await ask(page, question);
      expect(await paragraphs(reply)).toContain('不在政务服务范围内');
      expect(await reply.locator('.matter-card').count()).toBe(0);
      expect(await reply.locator('.handoff-notice').count()).toBe(0);
    }
    await snapshot(page, 'out-of-scope');

    // 发送 waits for something typed.
    expect(await page.locator('.assistant-page .chat-send').getAttribute('class')).toContain('button-disabled');

    // The network drops the next question: it stays with its error and 重试, which sends it again.
    expectProblems(/request failed: POST .*\/api\/chat/, /ERR_INTERNET_DISCONNECTED .*\/api\/chat\)$/);
    await page.route('**/api/chat', (route) => route.abort('internetdisconnected'));
    const input = page.locator('.assistant-page .chat-input input');
    await input.fill('残疾证怎么办');
    await page.locator('.assistant-page .chat-send').tap();
    const failed = page.locator('.assistant-page .send-error');
    await failed.waitFor();
    expect(await text(failed.locator('.chat-error-message'))).toBe('网络连接失败，请检查网络后重试');
    expect(await text(page.locator('.assistant-page .bubble-failed'))).toBe('残疾证怎么办');
    await page.unroute('**/api/chat');
    const reply = await answerAfter(page, () => failed.locator('.chat-retry').tap());
    expect(await reply.locator('.matter-card').count()).toBeGreaterThan(0);
    expect(await page.locator('.assistant-page .send-error').count()).toBe(0);
    expect(unexpectedProblems()).toEqual([]);
  });
});

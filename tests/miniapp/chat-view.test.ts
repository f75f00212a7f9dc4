// The assistant's screens without a renderer (src-miniapp/view-models/chatView.ts): turns as bubbles, what each
// reply renders as, the open hand-over, the conversation kept on the phone, the clerks' tickets.
jest.mock('@tarojs/taro', () => {
  throw new Error('this module must not depend on @tarojs/taro');
});

import type { ChatReply, ChatTurn, TicketSummary } from '@shared/contracts/chat';
import {
  asksForPerson,
  answeredLine,
  appendExchange,
  bubblesOf,
  canSend,
  checkAnswer,
  conversationLines,
  createChatSessionStore,
  handoffText,
  openHandoff,
  replyViews,
  ticketLine,
  welcomeBubble,
} from '../../src-miniapp/view-models/chatView';

const at = '2026-12-07T02:05:00.000Z';
const turn = (seq: number, author: ChatTurn['author'], text: string, replies: ChatReply[] = []): ChatTurn => ({ seq, author, text, replies, at });

const matters: ChatReply = {
  type: 'matters',
  items: [
    { id: 'm1', name: '残疾人证新办', department: '残疾人联合会', handheld: true },
    { id: 'm2', name: '残疾人证挂失补办', department: '残疾人联合会', handheld: false },
  ],
};
const chips: ChatReply = { type: 'quick_replies', options: ['新办', '换领', '挂失补办', '新办', ' '] };
const handoff = (status: 'open' | 'answered', ticketId = 't1'): ChatReply => ({ type: 'handoff', ticketId, queueName: '滑县道口镇便民服务中心', status });

test('replies render as text, matter cards, case cards and the hand-over notice; quick replies are not parts', () => {
  const views = replyViews([
    { type: 'text', text: '为您找到以下事项：' },
    { type: 'text', text: '  ' },
    matters,
    chips,
    { type: 'matters', items: [] },
    { type: 'cases', items: [{ id: 'c1', receiptNo: '410526-20261207-000001', matterName: '残疾人证新办', status: 'submitted', statusName: '待受理', next: '等待受理' }] },
    handoff('open'),
  ]);
  expect(views.map((v) => v.kind)).toEqual(['text', 'matters', 'cases', 'handoff']);
  expect(views[3]).toEqual({ kind: 'handoff', ticketId: 't1', text: '已转人工：滑县道口镇便民服务中心，工作人员答复后会显示在这里', status: 'open', statusText: '等待答复' });
  expect(replyViews([handoff('answered')])[0]).toMatchObject({ statusText: '已答复' });
  expect(handoffText('某窗口')).toBe('已转人工：某窗口，工作人员答复后会显示在这里');
});

test('turns become bubbles in order: who wrote it, its words, its cards; chips only under the newest', () => {
  const turns = [
    turn(4, 'assistant', '请问您要办哪一种？', [{ type: 'text', text: '请问您要办哪一种？' }, matters, chips]),
    turn(1, 'resident', '我想办残疾证'),
    turn(2, 'assistant', '您好', [{ type: 'text', text: '您好' }, chips]),
    turn(3, 'resident', '残疾证'),
  ];
  const bubbles = bubblesOf(turns);
  expect(bubbles.map((b) => [b.key, b.author, b.authorName])).toEqual([
    ['turn-1', 'resident', '我'],
    ['turn-2', 'assistant', '智能客服'],
    ['turn-3', 'resident', '我'],
    ['turn-4', 'assistant', '智能客服'],
  ]);
  expect(bubbles[0].paragraphs).toEqual(['我想办残疾证']);
  // The assistant's words come from its text replies (turn.text repeats them): said once.
  expect(bubbles[3].paragraphs).toEqual(['请问您要办哪一种？']);
  expect(bubbles[3].parts.map((p) => p.kind)).toEqual(['matters']);
  expect(bubbles[1].chips).toEqual([]);
  expect(bubbles[3].chips).toEqual(['新办', '换领', '挂失补办']);
  expect(bubbles[3].copyText).toBe('请问您要办哪一种？\n残疾人证新办\n残疾人证挂失补办');
});

test("an assistant turn without text replies shows its text; a clerk's answer is from 人工客服", () => {
  const bubbles = bubblesOf([turn(1, 'assistant', '旧的回答', []), turn(2, 'clerk', '请带身份证到窗口办理。')]);
  expect(bubbles[0].paragraphs).toEqual(['旧的回答']);
  expect(bubbles[1]).toMatchObject({ author: 'clerk', authorName: '人工客服', paragraphs: ['请带身份证到窗口办理。'], copyText: '请带身份证到窗口办理。' });
});

test('the question on its way is the last bubble, and the chips above it are gone', () => {
  const bubbles = bubblesOf([turn(1, 'assistant', '', [chips])], '新办');
  expect(bubbles).toHaveLength(2);
  expect(bubbles[0].chips).toEqual([]);
  expect(bubbles[1]).toMatchObject({ key: 'sending', author: 'resident', paragraphs: ['新办'], sending: true });
});

test("a hand-over a clerk has answered since shows as answered; a later one still waits", () => {
  const later = handoff('open', 't2');
  const bubbles = bubblesOf([turn(2, 'assistant', '', [handoff('open')]), turn(3, 'clerk', '答复'), turn(5, 'assistant', '', [later])]);
  expect(bubbles[0].parts[0]).toMatchObject({ kind: 'handoff', ticketId: 't1', status: 'answered', statusText: '已答复' });
  expect(bubbles[2].parts[0]).toMatchObject({ kind: 'handoff', ticketId: 't2', status: 'open', statusText: '等待答复' });
});

test('the open hand-over: the newest handoff still open, until a clerk writes or it is answered', () => {
  expect(openHandoff([])).toBeNull();
  expect(openHandoff([turn(1, 'resident', '转人工'), turn(2, 'assistant', '', [handoff('open')])])).toBe('t1');
  expect(openHandoff([turn(2, 'assistant', '', [handoff('open')]), turn(3, 'clerk', '答复')])).toBeNull();
  expect(openHandoff([turn(2, 'assistant', '', [handoff('answered')])])).toBeNull();
  // Order by seq, not by position in the list.
  expect(openHandoff([turn(3, 'clerk', '答复'), turn(2, 'assistant', '', [handoff('open')])])).toBeNull();
  expect(openHandoff([turn(3, 'clerk', '答复'), turn(2, 'assistant', '', [handoff('open')]), turn(5, 'assistant', '', [handoff('open', 't2')])])).toBe('t2');
});

test('an answered question is appended with the next numbers', () => {
  const next = appendExchange([turn(1, 'resident', 'a'), turn(2, 'assistant', 'b')], '收费吗', [{ type: 'text', text: '不收费' }], at);
  expect(next.map((t) => [t.seq, t.author, t.text])).toEqual([[1, 'resident', 'a'], [2, 'assistant', 'b'], [3, 'resident', '收费吗'], [4, 'assistant', '']]);
  expect(next[3].replies).toEqual([{ type: 'text', text: '不收费' }]);
  expect(appendExchange([], 'hi', [], at).map((t) => t.seq)).toEqual([1, 2]);
});

test('an empty conversation starts with the greeting and the common questions as chips', () => {
  const welcome = welcomeBubble();
  expect(welcome).toMatchObject({ key: 'welcome', author: 'assistant', authorName: '智能客服', parts: [] });
  expect(welcome.paragraphs[0]).toMatch(/智能客服/);
  expect(welcome.chips).toContain('转人工');
  expect(welcome.chips.length).toBeGreaterThanOrEqual(3);
});

test('发送 only with something typed and nothing on its way', () => {
  expect(canSend('', false)).toBe(false);
  expect(canSend('   ', false)).toBe(false);
  expect(canSend('收费吗', true)).toBe(false);
  expect(canSend('收费吗', false)).toBe(true);
});

test('the conversation kept on the phone belongs to who began it; one begun signed out reopens for anyone', () => {
  const data = new Map<string, unknown>();
  const storage = { get: (k: string) => data.get(k), set: (k: string, v: unknown) => void data.set(k, v), remove: (k: string) => void data.delete(k) };
  const store = createChatSessionStore(storage);
  expect(store.read('')).toBeNull();
  store.save('', 's-anon');
  expect(store.read('')).toBe('s-anon');
  expect(store.read('resident-1')).toBe('s-anon');
  store.save('resident-1', 's-1');
  expect(store.read('resident-1')).toBe('s-1');
  expect(store.read('resident-2')).toBeNull();
  expect(store.read('')).toBeNull();
  store.clear();
  expect(store.read('resident-1')).toBeNull();
  data.set('zsb.chatSession', 'garbage');
  expect(store.read('')).toBeNull();
});

const ticket: TicketSummary = {
  id: 't1',
  queue: { id: 'township:410526100', name: '道口镇便民服务中心' },
  matter: { id: 'm1', name: '残疾人证新办' },
  reason: 'asked',
  reasonName: '居民要求转人工',
  question: '残疾人证新办要本人去吗？',
  status: 'answered',
  createdAt: at,
  answer: '需要本人到场。',
  answeredBy: '道口镇窗口',
  answeredAt: '2026-12-07T03:00:00.000Z',
};

test("tickets: a list line, the conversation with who said what, who answered, the answer's checks", () => {
  expect(ticketLine(ticket)).toBe('道口镇便民服务中心 · 残疾人证新办 · 居民要求转人工 · 2026-12-07 10:05');
  expect(ticketLine({ ...ticket, matter: null })).toBe('道口镇便民服务中心 · 居民要求转人工 · 2026-12-07 10:05');
  expect(answeredLine(ticket)).toBe('道口镇窗口 · 2026-12-07 11:00');
  expect(conversationLines({ conversation: [{ author: 'resident', text: '转人工', at }, { author: 'assistant', text: '好的', at }] })).toEqual([
    { key: 'line-0', author: 'resident', who: '居民', text: '转人工', at: '2026-12-07 10:05' },
    { key: 'line-1', author: 'assistant', who: '智能客服', text: '好的', at: '2026-12-07 10:05' },
  ]);
  expect(checkAnswer('')).toBe('请输入答复内容');
  expect(checkAnswer('  好 ')).toBe('答复至少 2 个字');
  expect(checkAnswer('好的'.repeat(501))).toBe('答复不能超过 1000 个字');
  expect(checkAnswer('需要本人到场。')).toBeNull();
});

test('a question that asks for a person is the moment to offer the notice of the answer', () => {
  for (const text of ['转人工', '我要找人工客服', '能让工作人员回答吗']) expect(asksForPerson(text)).toBe(true)
  for (const text of ['残疾证要带什么材料', '收费吗']) expect(asksForPerson(text)).toBe(false)
})

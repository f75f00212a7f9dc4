// One turn of the assistant: reads what the message asks (intents.ts), finds the matter through search
// (find-matter.ts), keeps the matter in focus across follow-ups ("那要多久"), asks one question when siblings fit
// alike, and answers from the published guide or the resident's own cases by templates (guide-answers.ts). Misses
// go to the search log for admins; three failed turns in a row, or 转人工, hand the conversation to a person.
import { randomUUID } from 'node:crypto';
import type { ChatAnswer, ChatIntent, ChatMatter, ChatReply } from '../../src-shared/contracts/chat';
import type { Guide } from '../../src-shared/contracts/catalog';
import type { UseCaseContext } from '../platform/use-case';
import type { CatalogSnapshot, PublishedCatalog } from '../catalog/published-catalog';
import { getGuide } from '../catalog/get-guide';
import type { SearchService } from '../search/search-service';
import type { SearchHit } from '../search/search-index';
import { normalizeText } from '../search/text';
import { isHandheld } from '../../src-shared/catalog/source-rules';
import { DomainError } from '../platform/errors';
import type { LanguageModel } from './language-model';
import { understand, type GuideTopic, type Understanding } from './intents';
import { judgeHits, pickOption, type MatterFinding } from './find-matter';
import { answerTopic, followUps, introduce } from './guide-answers';
import { myCases } from './case-progress';
import { handOverQueue, openTicket, residentPlace, type NewTicket } from './hand-over';
import { writeTurn, type PendingChoice, type SessionState } from './chat-session';

export interface AssistantDeps {
  published: PublishedCatalog;
  search: SearchService;
  /** The optional language model (null: the offline path only). */
  model: LanguageModel | null;
}

/** Failed turns in a row after which the conversation goes to a person. */
export const FAILED_TURNS_TO_HAND_OVER = 3;
const SEARCH_LIMIT = 8;
/** Example questions offered when nothing fitted: ways of asking, not facts. */
export const commonQuestions = ['残疾证怎么办', '社保卡丢了', '怎么领养老金', '办身份证要带什么'];

interface Outcome {
  intent: ChatIntent;
  replies: ChatReply[];
  focus: string | null;
  pending: PendingChoice | null;
  failed: boolean;
  /** A turn admins should see beside the searches that found nothing. */
  miss?: { lowConfidence: boolean; hits: SearchHit[] };
  handOver?: 'asked';
}

interface Turn {
  ctx: UseCaseContext;
  session: SessionState;
  text: string;
  understood: Understanding;
  snapshot: CatalogSnapshot;
  county: string | undefined;
  place: string | null;
  deps: AssistantDeps;
}

const say = (text: string): ChatReply => ({ type: 'text', text });

function matterCard(t: Turn, id: string): ChatMatter | null {
  const m = t.snapshot.byId.get(id);
  if (!m) return null;
  return { id, name: m.name, department: t.snapshot.departments.get(m.departmentCode)?.name ?? m.departmentCode, handheld: m.handheld };
}

const cardsOf = (t: Turn, ids: string[]): ChatReply => ({ type: 'matters', items: ids.map((id) => matterCard(t, id)).filter((c): c is ChatMatter => c !== null) });

/** The guide as the resident's own guide page shows it: placed at their township or village, with entered phones. */
async function guideOf(t: Turn, id: string): Promise<Guide | undefined> {
  const base = t.deps.published.guide(t.snapshot, id, t.county);
  if (!base || base.status === '取消') return undefined;
  const regionCode = t.place && /^\d{6}(\d{3}(\d{3})?)?$/.test(t.place) ? t.place : undefined;
  return getGuide(t.ctx, { matterId: id, county: t.county, regionCode }, t.deps.published).catch(() => base);
}

async function find(t: Turn): Promise<{ finding: MatterFinding; hits: SearchHit[] }> {
  const search = async (q: string) => (await t.deps.search.find(normalizeText(q).slice(0, 100), { limit: SEARCH_LIMIT, county: t.county })).outcome.items;
  let hits = t.understood.rest ? await search(t.understood.rest) : [];
  let finding = judgeHits(hits, t.session.focusMatterId, t.text);
  if ((finding.kind === 'none' || finding.kind === 'weak') && t.deps.model && t.understood.rest) {
    // The model may only reword the question; what it finds still comes from the catalog.
    const rewritten = await t.deps.model.rewriteQuery(t.text);
    if (rewritten) {
      const again = await search(rewritten);
      const better = judgeHits(again, t.session.focusMatterId, rewritten);
      if (better.kind === 'one' || better.kind === 'several') [hits, finding] = [again, better];
    }
  }
  return { finding, hits };
}

async function progress(t: Turn, matterIds: string[] | null): Promise<Outcome> {
  const base = { intent: 'progress' as const, focus: t.session.focusMatterId, pending: null, failed: false };
  const caller = t.ctx.caller;
  if (caller?.kind !== 'resident') return { ...base, replies: [say('请先登录，登录后我可以帮您查询自己的办件进度。')] };
  const cases = await myCases(t.ctx, caller.residentId, matterIds);
  if (cases.length > 0) {
    const lead = cases.map((c) => `「${c.matterName}」${c.statusName}：${c.next}`).join('\n');
    return { ...base, replies: [say(`查到您的 ${cases.length} 件办件：\n${lead}`), { type: 'cases', items: cases }] };
  }
  const which = matterIds ? '与这个事项有关的' : '';
  return { ...base, replies: [say(`没有查到您${which}办件。如果是在窗口或便民服务站办理的，请以窗口告知的方式查询。`)] };
}

async function aboutMatter(t: Turn, matterId: string, topics: GuideTopic[], action: Understanding['action']): Promise<Outcome> {
  const guide = await guideOf(t, matterId);
  if (!guide) return outOfScope(t, []);
  if (action === 'progress') return { ...(await progress(t, [matterId])), focus: matterId };
  const base = { focus: matterId, pending: null, failed: false };
  const card = cardsOf(t, [matterId]);
  if (action === 'apply' && topics.length === 0) {
    const text = isHandheld(guide)
      ? `点「立即办理」即可在掌上办申请「${guide.name}」，按提示回答情形问题、上传材料后提交。`
      : `「${guide.name}」暂不能在掌上办申请，请到办理地点办理。\n${answerTopic(guide, 'place').text}`;
    return { ...base, intent: 'apply', replies: [say(text), card] };
  }
  if (topics.length === 0) {
    return { ...base, intent: 'find', replies: [say(introduce(guide).text), card, { type: 'quick_replies', options: followUps }] };
  }
  const answers = topics.map((topic) => answerTopic(guide, topic));
  const template = answers.map((a) => a.text).join('\n\n');
  const phrased = t.deps.model ? await t.deps.model.phrase(t.text, { matterName: guide.name, template, fields: answers.flatMap((a) => a.fields) }) : null;
  const asked = new Set(topics.map((topic) => followUps[['materials', 'time', 'fees', 'place'].indexOf(topic)]));
  return {
    ...base,
    intent: topics[0],
    replies: [say(phrased ?? template), card, { type: 'quick_replies', options: followUps.filter((f) => !asked.has(f)) }],
  };
}

function outOfScope(t: Turn, hits: SearchHit[]): Outcome {
  return {
    intent: 'out_of_scope', focus: t.session.focusMatterId, pending: null, failed: true, miss: { lowConfidence: false, hits },
    replies: [
      say('抱歉，这个问题不在政务服务范围内，我只能解答办事相关的问题，比如要带什么材料、多久能办好、在哪办。您也可以转人工咨询。'),
      { type: 'quick_replies', options: [...commonQuestions, '转人工'] },
    ],
  };
}

async function respond(t: Turn): Promise<Outcome> {
  const { understood: u, session } = t;
  const keep = { focus: session.focusMatterId, pending: null, failed: false };
  if (session.pending) {
    const picked = pickOption(t.text, session.pending.options);
    if (picked) {
      const topics = u.topics.length ? u.topics : session.pending.topics;
      return aboutMatter(t, picked.matterId, topics, u.action ?? session.pending.action);
    }
  }
  switch (u.action) {
    case 'handoff':
      return { ...keep, intent: 'handoff', replies: [], handOver: 'asked' };
    case 'greeting':
      return {
        ...keep, intent: 'greeting',
        replies: [say('您好，我是掌上办智能客服。可以帮您找事项，解答要带什么材料、多久能办好、收费吗、在哪办，也能查询您的办件进度。请问您要办什么事？'), { type: 'quick_replies', options: commonQuestions }],
      };
    case 'thanks':
      return { ...keep, intent: 'thanks', replies: [say('不客气，还有其他问题可以随时问我。')] };
    case 'complaint': {
      const guide = session.focusMatterId ? await guideOf(t, session.focusMatterId) : undefined;
      const lines = ['对办事服务不满意，可以拨打 12345 政务服务便民热线投诉，或转人工由工作人员记录处理。'];
      if (guide?.supervisePhone && guide.supervisePhone !== '12345') lines.push(`「${guide.name}」的监督投诉电话：${guide.supervisePhone}`);
      return { ...keep, intent: 'complaint', replies: [say(lines.join('\n')), { type: 'quick_replies', options: ['转人工'] }] };
    }
  }
  const { finding, hits } = await find(t);
  switch (finding.kind) {
    case 'one':
      return aboutMatter(t, finding.hit.id, u.topics, u.action);
    case 'several': {
      if (u.action === 'progress') return progress(t, finding.hits.map((h) => h.id));
      const pending: PendingChoice = {
        kind: 'choose',
        options: finding.options.map((o, i) => ({ ...o, name: finding.hits[i].name })),
        topics: u.topics,
        action: u.action === 'apply' ? 'apply' : null,
      };
      return {
        intent: 'find', focus: session.focusMatterId, pending, failed: false,
        replies: [
          say(`找到 ${finding.hits.length} 个相关事项，请问您要办理的是哪一项？`),
          cardsOf(t, finding.hits.map((h) => h.id)),
          { type: 'quick_replies', options: finding.options.map((o) => o.label) },
        ],
      };
    }
  }
  // Nothing new named: a question about the matter in focus ("那要多久", "收费吗").
  if (session.focusMatterId && (u.topics.length > 0 || u.action === 'apply' || u.action === 'progress')) {
    return aboutMatter(t, session.focusMatterId, u.topics, u.action);
  }
  if (u.action === 'progress') return progress(t, null);
  if (finding.kind === 'weak') {
    return {
      intent: 'find', focus: session.focusMatterId, pending: null, failed: false, miss: { lowConfidence: true, hits: finding.hits },
      replies: [say('没有找到完全对应的事项，您是不是要找：'), cardsOf(t, finding.hits.map((h) => h.id)), { type: 'quick_replies', options: ['转人工'] }],
    };
  }
  if (u.topics.length > 0 || u.action === 'apply') {
    return {
      intent: 'unknown', focus: null, pending: null, failed: true, miss: { lowConfidence: false, hits },
      replies: [say('请问您想了解哪个事项？可以直接说事项名称或您要办的事，比如“残疾证”“社保卡丢了”。'), { type: 'quick_replies', options: commonQuestions }],
    };
  }
  return outOfScope(t, hits);
}

/** The resident's last question before 转人工 (the hand-over message itself says nothing to a clerk). */
async function handOverQuestion(t: Turn): Promise<string> {
  if (t.understood.rest.length >= 2) return t.text;
  const last = await t.ctx.db.chatTurn.findFirst({
    where: { sessionId: t.session.id, author: 'resident' }, orderBy: { seq: 'desc' }, select: { text: true },
  });
  return last?.text ?? t.text;
}

async function planHandOver(t: Turn, reason: NewTicket['reason']): Promise<{ ticket: NewTicket | null; replies: ChatReply[] }> {
  if (t.session.stored) {
    const open = await t.ctx.db.consultationTicket.findFirst({ where: { sessionId: t.session.id, status: 'open' }, select: { id: true, queueId: true } });
    if (open) {
      const queue = await t.ctx.db.queue.findUnique({ where: { id: open.queueId }, select: { name: true } });
      const queueName = queue?.name ?? '';
      return { ticket: null, replies: [{ type: 'handoff', ticketId: open.id, queueName, status: 'open' }] };
    }
  }
  let queue = null;
  try {
    queue = await handOverQueue(t.ctx, { matterId: t.session.focusMatterId, regionCode: t.place });
  } catch (err) {
    if (!(err instanceof DomainError)) throw err; // a place or matter no longer known: ask as if none was given
  }
  if (!queue) {
    return {
      ticket: null,
      replies: [say('转人工需要知道由哪里的工作人员答复：请告诉我您要办的事项，或先在首页选择您所在的乡镇（街道）。'), { type: 'quick_replies', options: commonQuestions }],
    };
  }
  const ticket: NewTicket = {
    id: randomUUID(), sessionId: t.session.id, residentId: t.session.residentId, queue, matterId: t.session.focusMatterId, reason,
    question: await handOverQuestion(t),
  };
  // The hand-over reply says where it went (the app draws it as a bubble; WeChat gets it as a sentence).
  const handoff: ChatReply = { type: 'handoff', ticketId: ticket.id, queueName: queue.name, status: 'open' };
  return { ticket, replies: reason === 'asked' ? [handoff] : [say('抱歉，我没能理解您的问题。'), handoff] };
}

/** One turn of a conversation: answers `text` and writes both into the session (and a ticket on hand-over). */
export async function converse(ctx: UseCaseContext, session: SessionState, input: { text: string; regionCode?: string }, deps: AssistantDeps): Promise<ChatAnswer> {
  const snapshot = await deps.published.current();
  const place = await residentPlace(ctx, input.regionCode);
  const t: Turn = { ctx, session, text: input.text, understood: understand(input.text), snapshot, county: place?.slice(0, 6), place, deps };
  const outcome = await respond(t);
  let failedTurns = outcome.failed ? session.failedTurns + 1 : 0;
  let replies = outcome.replies;
  let ticket: NewTicket | null = null;
  const handOver = outcome.handOver ?? (failedTurns >= FAILED_TURNS_TO_HAND_OVER ? 'failed_turns' : null);
  if (handOver) {
    const planned = await planHandOver({ ...t, session: { ...session, focusMatterId: outcome.focus ?? session.focusMatterId } }, handOver);
    replies = handOver === 'asked' ? planned.replies : [...replies.filter((r) => r.type !== 'quick_replies'), ...planned.replies];
    ticket = planned.ticket;
    if (ticket) failedTurns = 0;
  }
  const opened = ticket;
  await writeTurn(
    ctx, session, { focusMatterId: outcome.focus, pending: outcome.pending, failedTurns }, input.text,
    { intent: outcome.intent, matterId: outcome.focus, replies },
    opened ? (tx) => openTicket(tx, opened) : undefined,
  );
  if (outcome.miss) {
    const top = outcome.miss.hits[0];
    const text = normalizeText(input.text).replace(/\s+/g, ' ').slice(0, 100);
    if (text) {
      deps.search.log({ text, resultCount: outcome.miss.lowConfidence ? outcome.miss.hits.length : 0, topMatterId: top?.id ?? null, catalogVersion: snapshot.version, source: 'chat', lowConfidence: outcome.miss.lowConfidence });
    }
  }
  return { sessionId: session.id, matterId: outcome.focus, intent: outcome.intent, replies };
}

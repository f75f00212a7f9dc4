// A conversation as the assistant keeps it in PostgreSQL (any instance continues any session): who it belongs to,
// the matter in focus, the question it waits on, and failed turns in a row. A turn is written with the two
// messages' sequence numbers as the key, so two turns sent at once into one session cannot both land.
import { randomUUID } from 'node:crypto';
import { Prisma, type PrismaClient } from '../generated/prisma/client';
import type { ChatReply } from '../../src-shared/contracts/chat';
import { inTransaction, type UseCaseContext } from '../platform/use-case';
import { Errors } from '../platform/errors';
import { onUniqueViolation } from '../platform/db/prisma-errors';
import type { GuideTopic } from './intents';
import { repliesAsText } from './replies-text';

/** The question the last answer asked: which of several matters (with what was asked about them). */
export interface PendingChoice {
  kind: 'choose';
  options: { label: string; matterId: string; name: string }[];
  topics: GuideTopic[];
  action: 'apply' | 'progress' | null;
}

export interface SessionState {
  id: string;
  /** False until the first turn is written. */
  stored: boolean;
  channel: 'app' | 'wechat';
  residentId: string | null;
  wechatOpenid: string | null;
  focusMatterId: string | null;
  pending: PendingChoice | null;
  failedTurns: number;
  turnCount: number;
}

const fresh = (channel: 'app' | 'wechat', residentId: string | null, wechatOpenid: string | null = null): SessionState => ({
  id: randomUUID(), stored: false, channel, residentId, wechatOpenid, focusMatterId: null, pending: null, failedTurns: 0, turnCount: 0,
});

const stateOf = (row: {
  id: string; channel: 'app' | 'wechat'; residentId: string | null; wechatOpenid: string | null; focusMatterId: string | null;
  pending: Prisma.JsonValue; failedTurns: number; turnCount: number;
}): SessionState => ({ ...row, stored: true, pending: (row.pending as PendingChoice | null) ?? null });

const residentIdOf = (ctx: UseCaseContext) => (ctx.caller?.kind === 'resident' ? ctx.caller.residentId : null);

/**
 * The app conversation `sessionId` names, if the caller may continue it: a resident's own, or one nobody signed
 * in to yet (it becomes theirs). Anything else — unknown, or another person's — starts a new one, which tells
 * nothing about the other.
 */
export async function appSession(ctx: UseCaseContext, sessionId: string | undefined): Promise<SessionState> {
  const me = residentIdOf(ctx);
  if (sessionId) {
    const row = await ctx.db.chatSession.findUnique({ where: { id: sessionId } });
    if (row && row.channel === 'app' && (row.residentId === null || row.residentId === me)) return { ...stateOf(row), residentId: row.residentId ?? me };
  }
  return fresh('app', me);
}

/** The one conversation of a WeChat user (customer-service messages). */
export async function wechatSession(ctx: UseCaseContext, openid: string): Promise<SessionState> {
  const row = await ctx.db.chatSession.findUnique({ where: { wechatOpenid: openid } });
  if (row) return stateOf(row);
  const resident = await ctx.db.resident.findUnique({ where: { openid }, select: { id: true } });
  return fresh('wechat', resident?.id ?? null, openid);
}

/** A session the caller may read (its history): their own, or an anonymous one; anything else is not found. */
export async function readableSession(ctx: UseCaseContext, sessionId: string) {
  const row = await ctx.db.chatSession.findUnique({ where: { id: sessionId } });
  if (!row || row.channel !== 'app' || (row.residentId !== null && row.residentId !== residentIdOf(ctx))) {
    throw Errors.notFound('没有找到这段对话，请重新开始');
  }
  return row;
}

/** The assistant's side of a turn (the resident's side is the text asked). */
export interface TurnRecord {
  intent: string;
  matterId: string | null;
  replies: ChatReply[];
}

/**
 * Writes the resident's message and the assistant's answer as the session's next two turns, with the session's
 * new state, in one transaction; `alsoInTransaction` joins it (a hand-over's ticket and its audit record). A
 * turn sent meanwhile into the same session takes the same sequence numbers: the later one is refused, and the
 * resident sends it again.
 */
export async function writeTurn(
  ctx: UseCaseContext,
  session: SessionState,
  next: Pick<SessionState, 'focusMatterId' | 'pending' | 'failedTurns'>,
  asked: string,
  answer: TurnRecord,
  alsoInTransaction?: (tx: UseCaseContext & { db: Prisma.TransactionClient }) => Promise<void>,
): Promise<void> {
  const now = ctx.clock.now();
  const state = {
    focusMatterId: next.focusMatterId,
    pending: next.pending ? (next.pending as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
    failedTurns: next.failedTurns,
    turnCount: session.turnCount + 2,
    updatedAt: now,
    residentId: session.residentId,
  };
  const writes = (db: UseCaseContext['db']) => [
    session.stored
      ? db.chatSession.update({ where: { id: session.id }, data: state })
      : db.chatSession.create({ data: { id: session.id, channel: session.channel, wechatOpenid: session.wechatOpenid, createdAt: now, ...state } }),
    db.chatTurn.createMany({
      data: [
        { sessionId: session.id, seq: session.turnCount + 1, author: 'resident', text: asked, createdAt: now },
        {
          sessionId: session.id, seq: session.turnCount + 2, author: 'assistant', text: repliesAsText(answer.replies).slice(0, 4000),
          replies: answer.replies as Prisma.InputJsonValue, intent: answer.intent, matterId: answer.matterId, createdAt: now,
        },
      ],
    }),
  ];
  await onUniqueViolation(
    async () => {
      // Most turns: one batch (a round trip fewer than an interactive transaction, which a turn with a ticket needs).
      if (!alsoInTransaction) return void (await (ctx.db as PrismaClient).$transaction(writes(ctx.db)));
      await inTransaction(ctx, async (tx) => {
        for (const write of writes(tx.db)) await write;
        await alsoInTransaction(tx);
      });
    },
    () => Errors.conflict('chat_turn_conflict', '上一条消息还在处理中，请稍后再发'),
  );
}

/** Appends a clerk's answer to a hand-over as the session's next turn (retrying the sequence if a turn landed). */
export async function appendClerkTurn(ctx: UseCaseContext & { db: Prisma.TransactionClient }, sessionId: string, text: string): Promise<void> {
  // Locks the session row: the resident's turn in progress waits, and the sequence number is ours.
  const [row] = await ctx.db.$queryRaw<{ turn_count: number }[]>`SELECT turn_count FROM chat_session WHERE id = ${sessionId}::uuid FOR UPDATE`;
  const seq = (row?.turn_count ?? 0) + 1;
  const now = ctx.clock.now();
  await ctx.db.chatTurn.create({ data: { sessionId, seq, author: 'clerk', text, createdAt: now } });
  await ctx.db.chatSession.update({ where: { id: sessionId }, data: { turnCount: seq, updatedAt: now } });
}

// A pushed message, once its signature is checked: recorded exactly once (WeChat retries a push it thinks
// unanswered), then answered through customer-service messages after WeChat has its 'success'.
import { randomUUID } from 'node:crypto';
import type { ChatReply } from '../../../src-shared/contracts/chat';
import { inTransaction, type UseCaseContext } from '../../platform/use-case';
import { sendCustomerText } from './customer-messages';
import { dedupeKeyOf, type PushMessage } from './push-envelope';
import { repliesAsText } from '../replies-text';

/** The assistant, injected by the app: the replies to a WeChat user's text. */
export type AnswerWechat = (ctx: UseCaseContext, input: { openid: string; text: string }) => Promise<ChatReply[]>;

export const greetingText = '你好';
export const textOnlyNotice = '目前只能回答文字问题，请用文字描述您要办的事';
const failureNotice = '抱歉，暂时无法回答您的问题，请稍后再试，或拨打 12345 政务服务便民热线。';

/**
 * Records the push under its MsgId (events: sender and time); false when it was recorded already. The insert
 * itself decides, so two deliveries at the same moment cannot both pass. A new message also opens the user's
 * 48-hour window again: 5 replies from now.
 */
export async function recordPush(ctx: UseCaseContext, message: PushMessage): Promise<boolean> {
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const inserted = await tx.db.$executeRaw`
      INSERT INTO wechat_push_message (msg_key, openid, received_at)
      VALUES (${dedupeKeyOf(message)}, ${message.openid}, ${now}) ON CONFLICT (msg_key) DO NOTHING`;
    if (inserted === 0) return false;
    // The assistant keeps its conversation in the same row (one per openid); it may not exist yet. A resident
    // who signed in to the mini-program has the same openid: the assistant then answers about their own cases.
    await tx.db.$executeRaw`
      INSERT INTO chat_session (id, channel, resident_id, wechat_openid, wechat_inbound_at, wechat_replies_sent, created_at, updated_at)
      VALUES (${randomUUID()}::uuid, 'wechat', (SELECT id FROM resident WHERE openid = ${message.openid}), ${message.openid}, ${now}, 0, ${now}, ${now})
      ON CONFLICT (wechat_openid) DO UPDATE SET wechat_inbound_at = EXCLUDED.wechat_inbound_at, wechat_replies_sent = 0,
        resident_id = COALESCE(chat_session.resident_id, EXCLUDED.resident_id)`;
    return true;
  });
}

/** What to ask the assistant, or the fixed text to send, or nothing (events other than entering the chat). */
function requestOf(message: PushMessage): { ask: string } | { send: string } | null {
  if (message.msgType === 'text') return message.content?.trim() ? { ask: message.content.trim() } : { send: textOnlyNotice };
  if (message.msgType === 'event') return message.event === 'user_enter_tempsession' ? { ask: greetingText } : null;
  return { send: textOnlyNotice };
}

/** Answers a recorded push: the assistant's replies (or a fixed text) as one customer-service message. */
export async function replyToPush(ctx: UseCaseContext, message: PushMessage, answer: AnswerWechat): Promise<void> {
  const request = requestOf(message);
  if (!request) {
    ctx.log.info({ msgType: message.msgType, event: message.event }, 'wechat push needs no reply');
    return;
  }
  let text: string;
  if ('send' in request) {
    text = request.send;
  } else {
    try {
      text = repliesAsText(await answer(ctx, { openid: message.openid, text: request.ask }));
    } catch (err) {
      ctx.log.error({ err }, 'assistant failed to answer a wechat message');
      text = failureNotice;
    }
  }
  if (!text) return;
  const result = await sendCustomerText(ctx, message.openid, text);
  ctx.log.info({ result, msgType: message.msgType }, 'wechat push answered');
}

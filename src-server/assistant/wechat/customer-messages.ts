// Customer-service messages (客服消息) to a WeChat user: the assistant's answers and the clerks' replies. WeChat
// accepts at most 5 within 48 hours of the user's last message; the count lives in chat_session so that every
// instance sees the same one.
import type { UseCaseContext } from '../../platform/use-case';
import { accessToken } from './access-token';
import { postCustomerText, type WechatApp } from './wechat-api';

export type SendResult = 'sent' | 'over_limit' | 'failed' | 'not_configured';

export const maxRepliesPerWindow = 5;
export const replyWindowMs = 48 * 3600_000;
/** WeChat's limit on a text message's content, in bytes of UTF-8. */
export const maxTextBytes = 2048;
/** A long answer is split over at most this many messages, so it cannot eat the whole window's allowance. */
const maxParts = 3;
const cutNotice = '……（内容较长，请在小程序中查看全文）';

/** WeChat errcodes that mean the access token is no longer valid: refresh once and send again. */
const tokenRejected = new Set([40001, 40014, 42001]);
/** The 48-hour window or its allowance is used up on WeChat's side. */
const windowClosed = new Set([45015, 45047]);

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** The longest prefix of `text` within `limit` bytes, cut between characters (never inside one). */
function headWithin(text: string, limit: number): string {
  let used = 0;
  let end = 0;
  for (const ch of text) {
    const size = bytes(ch);
    if (used + size > limit) break;
    used += size;
    end += ch.length;
  }
  return text.slice(0, end);
}

/**
 * The messages that carry `text`: split between lines where possible (a line longer than a message is cut
 * between characters), at most `maxParts`, the last one ending with a notice when something had to be left out.
 */
export function customerTextParts(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) parts.push(current.trim());
    current = '';
  };
  for (let line of text.trim().split('\n')) {
    const joined = current ? `${current}\n${line}` : line;
    if (bytes(joined) <= maxTextBytes) {
      current = joined;
      continue;
    }
    flush();
    while (bytes(line) > maxTextBytes) {
      const head = headWithin(line, maxTextBytes);
      parts.push(head);
      line = line.slice(head.length);
    }
    current = line;
  }
  flush();
  if (parts.length <= maxParts) return parts;
  const kept = parts.slice(0, maxParts);
  kept[maxParts - 1] = headWithin(kept[maxParts - 1], maxTextBytes - bytes(cutNotice)) + cutNotice;
  return kept;
}

/** Takes one of the window's messages, or answers false: one atomic update, so instances cannot both take the 5th. */
async function takeReplySlot(ctx: UseCaseContext, openid: string): Promise<boolean> {
  const since = new Date(ctx.clock.now().getTime() - replyWindowMs);
  const taken = await ctx.db.$queryRaw<Array<{ id: string }>>`
    UPDATE chat_session SET wechat_replies_sent = wechat_replies_sent + 1
    WHERE wechat_openid = ${openid} AND wechat_replies_sent < ${maxRepliesPerWindow} AND wechat_inbound_at > ${since}
    RETURNING id`;
  return taken.length > 0;
}

async function sendOne(ctx: UseCaseContext, wechat: WechatApp, openid: string, content: string): Promise<SendResult> {
  let token = await accessToken(ctx, wechat);
  let answer = await postCustomerText(wechat, token, openid, content);
  if (answer?.errcode && tokenRejected.has(answer.errcode)) {
    ctx.log.warn({ errcode: answer.errcode }, 'wechat rejected the access token; refreshing once');
    token = await accessToken(ctx, wechat, token);
    answer = await postCustomerText(wechat, token, openid, content);
  }
  if (answer && !answer.errcode) return 'sent';
  ctx.log.warn({ errcode: answer?.errcode, errmsg: answer?.errmsg, reachable: answer !== null }, 'wechat customer message not sent');
  return answer?.errcode && windowClosed.has(answer.errcode) ? 'over_limit' : 'failed';
}

/**
 * Sends `text` to a WeChat user as customer-service text (split when longer than WeChat takes). Each message
 * first takes one of the 5 of the user's 48-hour window; none left means nothing is sent ('over_limit').
 * Call it outside a transaction: it may wait on WeChat.
 */
export async function sendCustomerText(ctx: UseCaseContext, openid: string, text: string): Promise<SendResult> {
  const wechat = ctx.config.wechat;
  if (!wechat) {
    ctx.log.info({ openid }, 'wechat not configured; customer message not sent');
    return 'not_configured';
  }
  const parts = customerTextParts(text);
  if (parts.length === 0) return 'failed';
  for (const part of parts) {
    if (!(await takeReplySlot(ctx, openid))) {
      ctx.log.info({ openid }, 'wechat customer message skipped: 5 sent or 48 hours passed since the user wrote');
      return 'over_limit';
    }
    try {
      const result = await sendOne(ctx, wechat, openid, part);
      if (result !== 'sent') return result;
    } catch (err) {
      ctx.log.error({ err, openid }, 'wechat customer message failed');
      return 'failed';
    }
  }
  return 'sent';
}

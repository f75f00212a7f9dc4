// Delivers one claimed outbox message: the resident's openid, one consent of the template spent (oldest first),
// the shared access token, the send. Answers what became of it; the worker records that under its lease.
import type { TemplateKey } from '../../src-shared/contracts/notifications';
import { accessToken } from '../assistant/wechat/access-token';
import type { UseCaseContext } from '../platform/use-case';
import type { MessagePayload } from './owe-message';
import { sendSubscribeMessage } from './wechat-subscribe';

export interface ClaimedMessage {
  id: string;
  event: string;
  residentId: string | null;
  payload: MessagePayload;
  attempts: number;
}

export type Delivery =
  | { status: 'sent' }
  /** Never sent and never will be (no consent, 43101, not configured): not retried. */
  | { status: 'skipped'; error: string }
  /** Failed for now (WeChat unreachable, 5xx, a timeout, another errcode): retried after the back-off. */
  | { status: 'retry'; error: string };

/** WeChat refused the token (invalid, expired, not the latest): refresh it once and send again. */
const TOKEN_REJECTED = new Set([40001, 42001, 40014]);
/** The resident has no consent left for this template. */
const NO_CONSENT = 43101;

const envName = (template: TemplateKey) => `WECHAT_TEMPLATE_${template.toUpperCase()}`;

/**
 * The consent this message spends: one already taken for it (an earlier attempt), or the resident's oldest unused
 * one of the template, taken atomically so that two instances never spend the same consent.
 */
async function consentFor(ctx: UseCaseContext, message: ClaimedMessage, residentId: string): Promise<string | null> {
  const [taken] = await ctx.db.$queryRaw<{ id: string }[]>`SELECT id FROM subscribe_consent WHERE used_for = ${message.id}::uuid LIMIT 1`;
  if (taken) return taken.id;
  const [spent] = await ctx.db.$queryRaw<{ id: string }[]>`
    UPDATE subscribe_consent SET used_at = ${ctx.clock.now()}, used_for = ${message.id}::uuid
    WHERE id = (
      SELECT id FROM subscribe_consent
      WHERE resident_id = ${residentId}::uuid AND template = ${message.payload.template} AND used_at IS NULL
      ORDER BY granted_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id`;
  return spent?.id ?? null;
}

export async function deliverMessage(ctx: UseCaseContext, message: ClaimedMessage): Promise<Delivery> {
  const wechat = ctx.config.wechat;
  if (!wechat) return { status: 'skipped', error: 'WeChat 未配置' };
  const { template, page, data } = message.payload;
  const templateId = ctx.config.wechatTemplates[template];
  if (!templateId) return { status: 'skipped', error: `未配置订阅消息模板（${envName(template)}）` };
  const resident = message.residentId ? await ctx.db.resident.findUnique({ where: { id: message.residentId }, select: { id: true, openid: true } }) : null;
  if (!resident) return { status: 'skipped', error: '没有可接收消息的微信用户' };
  if (!(await consentFor(ctx, message, resident.id))) return { status: 'skipped', error: 'no consent：居民没有可用的订阅授权' };

  let token: string;
  try {
    token = await accessToken(ctx, wechat);
  } catch (err) {
    return { status: 'retry', error: `获取 access_token 失败：${err instanceof Error ? err.message : String(err)}` };
  }
  const send = (t: string) => sendSubscribeMessage(wechat, t, { openid: resident.openid, templateId, page, data });
  let answer = await send(token);
  if (!answer.ok && answer.errcode !== null && TOKEN_REJECTED.has(answer.errcode)) {
    try {
      answer = await send(await accessToken(ctx, wechat, token));
    } catch (err) {
      return { status: 'retry', error: `刷新 access_token 失败：${err instanceof Error ? err.message : String(err)}` };
    }
  }
  if (answer.ok) return { status: 'sent' };
  const error = `${answer.errcode ?? ''} ${answer.errmsg}`.trim().slice(0, 500);
  // 43101: the consent was not there after all (WeChat's count is the truth); it stays spent, never retried.
  if (answer.errcode === NO_CONSENT) return { status: 'skipped', error };
  return { status: 'retry', error };
}

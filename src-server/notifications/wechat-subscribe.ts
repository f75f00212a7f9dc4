// The WeChat subscribe-message send (cgi-bin/message/subscribe/send), in the style of assistant/wechat/wechat-api.ts:
// one call with a timeout, WeChat's errcode in the answer. The timeout stays far below the outbox lease
// (outbox-worker.ts), so a send is over before another instance could take the message again.
import type { WechatApp } from '../assistant/wechat/wechat-api';

export const SEND_TIMEOUT_MS = 10_000;

export type SendAnswer = { ok: true } | { ok: false; errcode: number | null; errmsg: string };

export async function sendSubscribeMessage(
  wechat: WechatApp,
  accessToken: string,
  message: { openid: string; templateId: string; page: string; data: Record<string, string> },
): Promise<SendAnswer> {
  const url = new URL('/cgi-bin/message/subscribe/send', wechat.apiBase);
  url.search = new URLSearchParams({ access_token: accessToken }).toString();
  const data = Object.fromEntries(Object.entries(message.data).map(([key, value]) => [key, { value }]));
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ touser: message.openid, template_id: message.templateId, page: message.page, data, lang: 'zh_CN' }),
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    if (!response.ok) return { ok: false, errcode: null, errmsg: `HTTP ${response.status}` };
    const answer = (await response.json()) as { errcode?: number; errmsg?: string };
    if (!answer.errcode) return { ok: true };
    return { ok: false, errcode: answer.errcode, errmsg: answer.errmsg ?? '' };
  } catch (err) {
    return { ok: false, errcode: null, errmsg: err instanceof Error && err.name === 'TimeoutError' ? '请求超时' : '无法连接微信服务器' };
  }
}

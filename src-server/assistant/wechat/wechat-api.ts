// The two WeChat server APIs the customer-service reply needs: an access token (cgi-bin/token) and the
// customer-service send (cgi-bin/message/custom/send). Same fetch style as identity/wechat.ts: one call, a
// timeout, WeChat's errcode in the answer.
import type { Config } from '../../platform/config';

export type WechatApp = NonNullable<Config['wechat']>;

export interface WechatAnswer {
  errcode?: number;
  errmsg?: string;
  access_token?: string;
  expires_in?: number;
}

/** WeChat's answer, or null when it could not be reached or did not answer JSON in time. */
async function call(wechat: WechatApp, path: string, query: Record<string, string>, body?: unknown, timeoutMs = 5000): Promise<WechatAnswer | null> {
  const url = new URL(path, wechat.apiBase);
  url.search = new URLSearchParams(query).toString();
  try {
    const response = await fetch(url, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) return null;
    return (await response.json()) as WechatAnswer;
  } catch {
    return null;
  }
}

/** A new access token and its lifetime in seconds; throws when WeChat refused or could not be reached. */
export async function fetchAccessToken(wechat: WechatApp): Promise<{ token: string; expiresIn: number }> {
  const answer = await call(wechat, '/cgi-bin/token', { grant_type: 'client_credential', appid: wechat.appId, secret: wechat.secret });
  if (!answer?.access_token || answer.errcode) {
    throw new Error(`WeChat refused an access token: ${answer ? `${answer.errcode} ${answer.errmsg}` : 'unreachable'}`);
  }
  return { token: answer.access_token, expiresIn: answer.expires_in ?? 7200 };
}

/** Sends one text message; WeChat's answer (errcode 0 = sent), or null when unreachable. */
export const postCustomerText = (wechat: WechatApp, accessToken: string, openid: string, content: string) =>
  call(wechat, '/cgi-bin/message/custom/send', { access_token: accessToken }, { touser: openid, msgtype: 'text', text: { content } });

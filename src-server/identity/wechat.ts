// WeChat's code-to-session exchange (jscode2session). The session_key it returns never leaves the server.
import { Errors } from '../platform/errors';

export interface WechatSession {
  openid: string;
  unionid?: string;
  sessionKey: string;
}

interface Jscode2SessionAnswer {
  openid?: string;
  unionid?: string;
  session_key?: string;
  errcode?: number;
  errmsg?: string;
}

export async function exchangeCode(
  wechat: { appId: string; secret: string; apiBase: string },
  code: string,
  timeoutMs = 5000,
): Promise<WechatSession> {
  const url = new URL('/sns/jscode2session', wechat.apiBase);
  url.search = new URLSearchParams({
    appid: wechat.appId,
    secret: wechat.secret,
    js_code: code,
    grant_type: 'authorization_code',
  }).toString();
  let answer: Jscode2SessionAnswer;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    answer = (await response.json()) as Jscode2SessionAnswer;
  } catch {
    throw Errors.unavailable('微信登录服务暂时不可用，请稍后再试');
  }
  if (answer.errcode === 40029 || answer.errcode === 40163) {
    throw Errors.unauthenticated('登录凭证无效或已使用，请重新进入小程序后再试');
  }
  if (answer.errcode === 45011) throw Errors.rateLimited(60);
  if (answer.errcode || !answer.openid || !answer.session_key) {
    throw Errors.unavailable('微信登录服务暂时不可用，请稍后再试');
  }
  return { openid: answer.openid, unionid: answer.unionid, sessionKey: answer.session_key };
}

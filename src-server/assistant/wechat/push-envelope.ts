// What WeChat's message push carries and how it is checked: the URL check (GET), and a pushed message (POST) in
// plain or safe mode, as XML or JSON (the mini-program's 消息推送 can be set to either). Everything here runs
// before WeChat gets its answer, so a forged or unreadable push is refused and changes nothing.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Errors } from '../../platform/errors';
import { decryptPush, signatureMatches } from './push-crypto';

export interface PushSettings {
  token: string;
  aesKey: string | null;
}

/** The query WeChat adds to every push (`echostr` on the URL check; `encrypt_type`, `msg_signature` in safe mode). */
export interface PushQuery {
  signature?: string;
  timestamp?: string;
  nonce?: string;
  echostr?: string;
  msg_signature?: string;
  encrypt_type?: string;
  openid?: string;
}

/** A pushed message, as far as the reply needs it. */
export interface PushMessage {
  openid: string;
  msgType: string;
  createTime: string;
  /** Messages have one; events do not. Kept as text: it is a 64-bit number. */
  msgId: string | null;
  content: string | null;
  event: string | null;
}

const badSignature = () => Errors.unauthenticated('签名校验失败，请确认微信后台“消息推送”的 Token 与服务端一致', 'wechat_bad_signature');
const noAesKey = () => Errors.unauthenticated('服务端未配置消息加密密钥（EncodingAESKey），无法校验加密消息', 'wechat_no_aes_key');
const wrongApp = () => Errors.forbidden('这条消息不是发给本小程序的，已拒绝');
const unreadable = () =>
  Errors.invalidInput([{ field: 'body', message: '消息内容无法解析' }], '消息内容无法解析，请检查消息推送的数据格式（XML 或 JSON）');

/** Decrypts a safe-mode value and checks it was meant for this app (when WeChat is configured). */
function decryptFor(push: PushSettings & { aesKey: string }, appId: string | null, encrypted: string): string {
  const opened = decryptPush(push.aesKey, encrypted);
  if (!opened) throw unreadable();
  if (appId && opened.appId !== appId) throw wrongApp();
  return opened.message;
}

/** The URL check: what to answer (the echostr, decrypted when WeChat signed it with `msg_signature`). */
export function answerUrlCheck(push: PushSettings, appId: string | null, query: PushQuery): string {
  const { timestamp, nonce, echostr } = query;
  if (echostr === undefined) throw badSignature();
  if (query.msg_signature !== undefined) {
    if (!push.aesKey) throw noAesKey();
    if (!signatureMatches(query.msg_signature, push.token, timestamp, nonce, echostr)) throw badSignature();
    return decryptFor({ ...push, aesKey: push.aesKey }, appId, echostr);
  }
  if (!signatureMatches(query.signature, push.token, timestamp, nonce)) throw badSignature();
  return echostr;
}

/** Refuses a plain-mode push whose `signature` is wrong: the query alone tells, so the body need not be read. */
export function refuseForgedPlainPush(push: PushSettings, query: PushQuery): void {
  if (query.encrypt_type === 'aes') return;
  if (!signatureMatches(query.signature, push.token, query.timestamp, query.nonce)) throw badSignature();
}

/**
 * The message of a push: signature checked (`signature` in plain mode, `msg_signature` over Encrypt in safe
 * mode), decrypted, parsed. Throws a domain error for a forged, foreign or unreadable push.
 */
export function openPush(push: PushSettings, appId: string | null, query: PushQuery, body: string): PushMessage {
  if (query.encrypt_type !== 'aes') {
    refuseForgedPlainPush(push, query);
    return messageOf(parseFields(body));
  }
  if (!push.aesKey) throw noAesKey();
  const encrypted = parseFields(body).Encrypt;
  if (!encrypted) throw unreadable();
  if (!signatureMatches(query.msg_signature, push.token, query.timestamp, query.nonce, encrypted)) throw badSignature();
  // Compatibility mode also sends the plain fields beside Encrypt: only the decrypted ones are trusted.
  return messageOf(parseFields(decryptFor({ ...push, aesKey: push.aesKey }, appId, encrypted)));
}

function messageOf(fields: Record<string, string>): PushMessage {
  const openid = fields.FromUserName;
  const msgType = fields.MsgType;
  if (!openid || openid.length > 128 || !msgType) throw unreadable();
  const msgId = fields.MsgId ?? fields.MsgID ?? null;
  if (msgId !== null && !/^\d{1,30}$/.test(msgId)) throw unreadable();
  return {
    openid,
    msgType,
    createTime: fields.CreateTime ?? '',
    msgId,
    content: fields.Content ?? null,
    event: fields.Event ?? null,
  };
}

/** The key a retried push repeats: the MsgId, or sender and time for events (WeChat's own advice). */
export const dedupeKeyOf = (message: PushMessage): string =>
  message.msgId ? `msg:${message.msgId}` : `evt:${message.openid}:${message.createTime}`;

// Every value stays text: MsgId is a 64-bit number that a double would round.
const xml = new XMLParser({ parseTagValue: false, ignoreAttributes: true, trimValues: true });

/** The top-level fields of an XML (`<xml>…</xml>`) or JSON body, as text; nested values are left out. */
export function parseFields(body: string): Record<string, string> {
  const text = body.trim();
  let root: unknown;
  if (text.startsWith('<')) {
    // WeChat never sends a DTD; refusing one keeps entity tricks out entirely.
    if (/<!DOCTYPE/i.test(text) || XMLValidator.validate(text) !== true) throw unreadable();
    root = (xml.parse(text) as { xml?: unknown }).xml;
  } else if (text.startsWith('{')) {
    try {
      root = JSON.parse(quoteLongIntegers(text));
    } catch {
      throw unreadable();
    }
  }
  if (!root || typeof root !== 'object' || Array.isArray(root)) throw unreadable();
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(root)) {
    if (typeof value === 'string') fields[name] = value;
    else if (typeof value === 'number') fields[name] = String(value);
  }
  return fields;
}

/**
 * JSON numbers of 16 digits or more become strings before JSON.parse, which would round them (a MsgId is
 * 64-bit). String literals are matched first, so digits inside text are never touched.
 */
const quoteLongIntegers = (json: string): string =>
  json.replace(/"(?:[^"\\]|\\.)*"|-?\d{16,}(?![\d.eE])/g, (token) => (token.startsWith('"') ? token : `"${token}"`));

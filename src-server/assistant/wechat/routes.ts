// GET|POST /wechat/push: WeChat's message push (消息推送) for the mini-program's customer-service chat. GET is the
// URL check; POST is a message, answered 'success' at once (WeChat waits 5 s, then retries), the reply going
// out afterwards through the customer-service send API.
import { z } from 'zod';
import { Errors } from '../../platform/errors';
import { defineRoute, publicAccess } from '../../platform/http/route';
import { readTextBody } from '../../platform/http/request-body';
import type { Services } from '../../services';
import { answerUrlCheck, openPush, refuseForgedPlainPush, type PushSettings } from './push-envelope';
import { pushWork } from './push-work';
import { recordPush, replyToPush, type AnswerWechat } from './receive-push';

const tags = ['wechat'];
const maxBodyBytes = 1024 * 1024;
const value = z.string().max(1024).optional();
// Optional here and checked by the handler: an unconfigured push answers 404 whatever it is sent.
const PushQuery = z.object({
  signature: value, timestamp: value, nonce: value, echostr: value, msg_signature: value, encrypt_type: value, openid: value,
});
const text = (description: string) => ({ 200: { description, schema: z.string(), contentType: 'text/plain' } });

/**
 * The push routes. `answer` is the assistant (injected: it lives in its own module); the reply to each message
 * is sent after the request, see `pushWork.idle()`.
 */
export function wechatPushRoutes(services: Services, answer: AnswerWechat) {
  const settings = (): PushSettings => {
    if (!services.config.wechatPush) throw Errors.notFound('没有这个接口');
    return services.config.wechatPush;
  };
  const appId = () => services.config.wechat?.appId ?? null;
  return [
    defineRoute({
      method: 'get', path: '/wechat/push', summary: '微信消息推送：服务器地址校验', tags,
      access: publicAccess, query: PushQuery, responses: text('校验通过，原样返回 echostr（安全模式下为解密后的 echostr）'),
      handler: (ctx, { query }) => {
        const echo = answerUrlCheck(settings(), appId(), query);
        ctx.type = 'text/plain';
        return echo;
      },
    }),
    defineRoute({
      method: 'post', path: '/wechat/push', summary: '微信消息推送：用户消息与事件（XML 或 JSON，明文或安全模式）', tags,
      access: publicAccess, query: PushQuery, responses: text('已收到（success），回复随后经客服消息接口发出'),
      handler: async (ctx, { query }) => {
        const push = settings();
        // A plain-mode forgery is refused on its query alone, before its body is read.
        refuseForgedPlainPush(push, query);
        const message = openPush(push, appId(), query, await readTextBody(ctx, maxBodyBytes));
        if (await recordPush(ctx.state.useCase, message)) {
          const work = services.context({ kind: 'system', name: 'wechat-push' }, ctx.state.requestId, ctx.state.log);
          pushWork.run(() => replyToPush(work, message, answer), ctx.state.log);
        }
        ctx.type = 'text/plain';
        return 'success';
      },
    }),
  ];
}

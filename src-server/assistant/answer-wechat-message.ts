// Use case: a WeChat user's customer-service message (pushed to /wechat/push): the same assistant, in the one
// conversation kept per openid; a resident who signed in to the mini-program with that openid is answered about
// their own cases.
import type { ChatReply } from '../../src-shared/contracts/chat';
import type { UseCaseContext } from '../platform/use-case';
import { wechatSession } from './chat-session';
import { converse, type AssistantDeps } from './converse';

export async function answerWechatMessage(ctx: UseCaseContext, input: { openid: string; text: string }, deps: AssistantDeps): Promise<ChatReply[]> {
  const session = await wechatSession(ctx, input.openid);
  const caller = session.residentId ? { kind: 'resident' as const, residentId: session.residentId, tokenId: '' } : ctx.caller;
  const answer = await converse({ ...ctx, caller }, session, { text: input.text.trim().slice(0, 200) || '你好' }, deps);
  return answer.replies;
}

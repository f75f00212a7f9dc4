// Use case: a message to the assistant in the app (POST /api/chat). Anyone may ask; a signed-in resident's
// conversation is theirs alone, and only they are answered about their cases.
import type { ChatAnswer, ChatBodyInput } from '../../src-shared/contracts/chat';
import type { UseCaseContext } from '../platform/use-case';
import { appSession } from './chat-session';
import { converse, type AssistantDeps } from './converse';

export async function sendChatMessage(ctx: UseCaseContext, input: ChatBodyInput, deps: AssistantDeps): Promise<ChatAnswer> {
  const session = await appSession(ctx, input.sessionId);
  return converse(ctx, session, { text: input.text, regionCode: input.regionCode }, deps);
}

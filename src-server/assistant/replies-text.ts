// The assistant's replies as one text: a WeChat customer-service message (no cards or buttons there, so
// matters become a numbered list and quick replies the words to type) and the turn as a clerk reads it.
import type { ChatReply } from '../../src-shared/contracts/chat';

function render(reply: ChatReply): string {
  switch (reply.type) {
    case 'text':
      return reply.text;
    case 'matters':
      return reply.items.map((m, i) => `${i + 1}. ${m.name}（${m.department}）`).join('\n');
    case 'quick_replies':
      return reply.options.length ? `您可以回复：${reply.options.join(' / ')}` : '';
    case 'cases':
      return reply.items.map((c) => `办件编号 ${c.receiptNo}，事项 ${c.matterName}，状态 ${c.statusName}，${c.next}`).join('\n');
    case 'handoff':
      return `已为您转人工（${reply.queueName}），工作人员答复后会在这里回复您。`;
  }
}

/** One text message: each reply in order, a blank line between them. */
export const repliesAsText = (replies: ChatReply[]): string =>
  replies.map(render).map((part) => part.trim()).filter(Boolean).join('\n\n');

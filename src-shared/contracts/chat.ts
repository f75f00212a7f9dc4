// Contracts of the assistant (智能客服: `POST /api/chat`, a conversation's history) and of its hand-over to a person
// (consultation tickets in the clerks' workbench), shared by server and mini-program.
import { z } from 'zod';

const int = () => z.number().int();

export const ChatBody = z.object({
  /** Continue this conversation; without it a new one starts. */
  sessionId: z.uuid({ error: '会话编号不正确，请重新打开智能客服' }).optional(),
  text: z.string({ error: '请输入您的问题' })
    .trim()
    .min(1, { error: '请输入您的问题' })
    .max(200, { error: '问题不能超过 200 个字，请说得简短些' }),
  /** The 办事地区 chosen in the app (county, township or village code), used when the profile names none. */
  regionCode: z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/, { error: '地区代码应为 6、9 或 12 位数字' }).optional(),
});

export const ChatMatterSchema = z.object({
  id: z.string(),
  name: z.string(),
  department: z.string(),
  /** Whether it can be applied for in the app (the card shows 立即办理). */
  handheld: z.boolean(),
});

export const ChatCaseSchema = z.object({
  id: z.string(),
  receiptNo: z.string(),
  matterName: z.string(),
  status: z.string(),
  statusName: z.string(),
  /** What happens next, in words (e.g. 等待受理，最迟 2026-12-14 前受理). */
  next: z.string(),
});

export const ChatReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('matters'), items: z.array(ChatMatterSchema) }),
  z.object({ type: z.literal('quick_replies'), options: z.array(z.string()) }),
  z.object({ type: z.literal('cases'), items: z.array(ChatCaseSchema) }),
  z.object({ type: z.literal('handoff'), ticketId: z.string(), queueName: z.string(), status: z.enum(['open', 'answered']) }),
]);

export const ChatIntents = [
  'find', 'choose', 'materials', 'time', 'fees', 'place', 'conditions', 'steps', 'basis', 'online',
  'progress', 'apply', 'handoff', 'complaint', 'greeting', 'thanks', 'out_of_scope', 'unknown',
] as const;
export const ChatIntentSchema = z.enum(ChatIntents);

export const ChatAnswerSchema = z.object({
  sessionId: z.string(),
  /** The matter in focus after this turn. */
  matterId: z.string().nullable(),
  intent: ChatIntentSchema,
  replies: z.array(ChatReplySchema),
});

export const ChatSessionParams = z.object({ sessionId: z.uuid({ error: '会话编号不正确' }) });

export const ChatTurnSchema = z.object({
  seq: int(),
  author: z.enum(['resident', 'assistant', 'clerk']),
  text: z.string(),
  replies: z.array(ChatReplySchema),
  at: z.string(),
});

export const ChatHistorySchema = z.object({
  sessionId: z.string(),
  matterId: z.string().nullable(),
  turns: z.array(ChatTurnSchema),
});

export const TicketListQuery = z.object({
  status: z.enum(['open', 'answered'], { error: '状态应为 open 或 answered' }).default('open'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const TicketParams = z.object({ id: z.uuid({ error: '咨询单编号不正确' }) });

export const TicketSummarySchema = z.object({
  id: z.string(),
  queue: z.object({ id: z.string(), name: z.string() }),
  matter: z.object({ id: z.string(), name: z.string() }).nullable(),
  reason: z.enum(['asked', 'failed_turns']),
  reasonName: z.string(),
  question: z.string(),
  status: z.enum(['open', 'answered']),
  createdAt: z.string(),
  answer: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answeredAt: z.string().nullable(),
});

export const TicketPageSchema = z.object({
  items: z.array(TicketSummarySchema),
  total: int(),
  page: int(),
  pageSize: int(),
});

export const TicketDetailSchema = TicketSummarySchema.extend({
  /** The conversation before the hand-over, as the resident and the assistant wrote it. */
  conversation: z.array(z.object({ author: z.enum(['resident', 'assistant', 'clerk']), text: z.string(), at: z.string() })),
});

export const TicketAnswerBody = z.object({
  text: z.string({ error: '请输入答复内容' }).trim().min(2, { error: '答复至少 2 个字' }).max(1000, { error: '答复不能超过 1000 个字' }),
});

export type ChatBodyInput = z.infer<typeof ChatBody>;
export type ChatMatter = z.infer<typeof ChatMatterSchema>;
export type ChatCase = z.infer<typeof ChatCaseSchema>;
export type ChatReply = z.infer<typeof ChatReplySchema>;
export type ChatIntent = z.infer<typeof ChatIntentSchema>;
export type ChatAnswer = z.infer<typeof ChatAnswerSchema>;
export type ChatHistory = z.infer<typeof ChatHistorySchema>;
export type ChatTurn = z.infer<typeof ChatTurnSchema>;
export type TicketSummary = z.infer<typeof TicketSummarySchema>;
export type TicketPage = z.infer<typeof TicketPageSchema>;
export type TicketDetail = z.infer<typeof TicketDetailSchema>;

// The assistant's request and answer shapes: the shared contracts (src-shared/contracts/chat.ts).
export {
  ChatBody, ChatAnswerSchema, ChatHistorySchema, ChatSessionParams,
  TicketAnswerBody, TicketDetailSchema, TicketListQuery, TicketPageSchema, TicketParams, TicketSummarySchema,
} from '../../src-shared/contracts/chat';

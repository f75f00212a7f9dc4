// What residents are owed a subscribe message for, written by the change itself inside its transaction (the
// outbox): the message exists if and only if the change committed. `dedupeKey` makes one change owe one message,
// however often the writer runs (a retried request, the reminder sweep in every instance).
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client';
import type { CaseAction } from '../../src-shared/applications/state-machine';
import type { OutboxEvent, TemplateKey } from '../../src-shared/contracts/notifications';
import type { UseCaseContext } from '../platform/use-case';

type Tx = UseCaseContext & { db: Prisma.TransactionClient };

/** What a message says, fixed when it was owed: the template, the page it opens and the template's fields. */
export interface MessagePayload {
  template: TemplateKey;
  page: string;
  data: Record<string, string>;
}

/**
 * The template fields every 掌上办 template is set up with in the WeChat console (README, Notifications):
 * character_string1 办件编号, thing2 事项, phrase3 办理状态, time4 时间, thing5 备注. WeChat refuses a `thing` over
 * 20 characters and a `phrase` over 5, so values are cut to fit.
 */
const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
function fields(f: { no: string; subject: string; status: string; at: Date; note: string }): Record<string, string> {
  const china = new Date(f.at.getTime() + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${china.getUTCFullYear()}年${china.getUTCMonth() + 1}月${china.getUTCDate()}日 ${pad(china.getUTCHours())}:${pad(china.getUTCMinutes())}`;
  return { character_string1: cut(f.no, 32), thing2: cut(f.subject, 20), phrase3: cut(f.status, 5), time4: time, thing5: cut(f.note || '详情请进入小程序查看', 20) };
}

export async function oweMessage(
  tx: Tx,
  message: { event: OutboxEvent; dedupeKey: string; residentId: string | null; applicationId: string | null; payload: MessagePayload },
): Promise<void> {
  const now = tx.clock.now();
  // ON CONFLICT DO NOTHING: the same change (or sweep) writing twice owes one message.
  await tx.db.outboxMessage.createMany({
    data: [{ id: randomUUID(), ...message, payload: message.payload as unknown as Prisma.InputJsonValue, status: 'pending', nextAttemptAt: now, createdAt: now }],
    skipDuplicates: true,
  });
}

const caseEvents: Partial<Record<CaseAction, { event: OutboxEvent; status: string }>> = {
  accept: { event: 'accepted', status: '已受理' },
  request_correction: { event: 'correction', status: '需补正' },
  finish: { event: 'finished', status: '已办结' },
  reject: { event: 'refused', status: '不予受理' },
  deny: { event: 'refused', status: '不予许可' },
};

interface CaseRef {
  id: string;
  receiptNo: string;
  matterName: string;
  ownerResidentId: string | null;
  filedByResidentId: string | null;
}

/** The note of a case message, from what the change recorded on the timeline. */
function caseNote(action: CaseAction, details: unknown): string {
  const d = (details ?? {}) as { finishDue?: string; items?: unknown[]; reason?: string | null; delivery?: string | null };
  switch (action) {
    case 'accept':
      return d.finishDue ? `承诺${d.finishDue}前办结` : '已进入办理';
    case 'request_correction':
      return `请补正${d.items?.length ?? 0}项内容`;
    case 'finish':
      return d.delivery ? `领取方式：${d.delivery}` : '办理结果请进入小程序查看';
    default:
      return d.reason ? `理由：${d.reason}` : '理由请进入小程序查看';
  }
}

/**
 * A case changed state: owes the resident who follows it (the owner; for 代办 the resident account, if any) one
 * message for the events there is a template for. `revision` is the case's revision after the change, so a later
 * change of the same kind (a second 补正) owes its own message. True when a message was owed.
 */
export async function oweCaseMessage(tx: Tx, row: CaseRef, action: CaseAction, revision: number, details?: unknown): Promise<boolean> {
  const kind = caseEvents[action];
  const residentId = row.ownerResidentId ?? row.filedByResidentId;
  if (!kind || !residentId) return false;
  await oweMessage(tx, {
    event: kind.event,
    dedupeKey: `${kind.event}:${row.id}:${revision}`,
    residentId,
    applicationId: row.id,
    payload: {
      template: kind.event as TemplateKey,
      page: `cases/detail?id=${row.id}`,
      data: fields({ no: row.receiptNo, subject: row.matterName, status: kind.status, at: tx.clock.now(), note: caseNote(action, details) }),
    },
  });
  return true;
}

/** A clerk answered a hand-over of a signed-in resident: one message, sent with the 回复 template. */
export async function oweAnswerMessage(tx: Tx, ticket: { id: string; question: string; residentId: string; answer: string }): Promise<void> {
  await oweMessage(tx, {
    event: 'answered',
    dedupeKey: `answered:${ticket.id}`,
    residentId: ticket.residentId,
    applicationId: null,
    payload: {
      template: 'answered',
      page: 'assistant/index',
      data: fields({ no: ticket.id.slice(0, 8).toUpperCase(), subject: ticket.question, status: '已答复', at: tx.clock.now(), note: ticket.answer }),
    },
  });
}

/** 7 days after a case ended without a rating: a reminder (never a rating in the resident's name). */
export async function oweRatingReminder(tx: Tx, row: CaseRef): Promise<void> {
  await oweMessage(tx, {
    event: 'rating_reminder',
    dedupeKey: `rating_reminder:${row.id}`,
    residentId: row.ownerResidentId ?? row.filedByResidentId,
    applicationId: row.id,
    payload: {
      template: 'finished',
      page: `cases/detail?id=${row.id}`,
      data: fields({ no: row.receiptNo, subject: row.matterName, status: '待评价', at: tx.clock.now(), note: '请对本次办事服务作出评价' }),
    },
  });
}

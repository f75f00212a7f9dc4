// Use case: the resident agreed, at the submit tap, to receive some templates (wx.requestSubscribeMessage grants one
// message per tap and template): one consent row each, spent by the next message of that template.
import { randomUUID } from 'node:crypto';
import type { RecordConsent } from '../../src-shared/contracts/notifications';
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { inTransaction, residentOf, type UseCaseContext } from '../platform/use-case';

export async function recordConsent(ctx: UseCaseContext, input: RecordConsent): Promise<{ recorded: number }> {
  const me = residentOf(ctx);
  const unconfigured = input.accepted.map((key, i) => ({ key, i })).filter(({ key }) => !ctx.config.wechatTemplates[key]);
  if (unconfigured.length > 0) {
    throw Errors.invalidInput(unconfigured.map(({ i }) => ({ field: `accepted.${i}`, message: '这个消息模板尚未开通' })), '有的消息模板尚未开通，请刷新后重试');
  }
  if (input.applicationId) {
    // Only one's own case: anyone else's answers as if it did not exist.
    const mine = await ctx.db.application.count({
      where: { id: input.applicationId, OR: [{ ownerResidentId: me.residentId }, { filedByResidentId: me.residentId }] },
    });
    if (mine === 0) throw Errors.notFound('没有找到这个办件');
  }
  const now = ctx.clock.now();
  await inTransaction(ctx, async (tx) => {
    await tx.db.subscribeConsent.createMany({
      data: input.accepted.map((template) => ({ id: randomUUID(), residentId: me.residentId, template, applicationId: input.applicationId ?? null, grantedAt: now })),
    });
    await audit(tx, { action: 'notification.consent', subjectType: 'resident', subjectId: me.residentId, details: { templates: input.accepted, applicationId: input.applicationId ?? null } });
  });
  return { recorded: input.accepted.length };
}

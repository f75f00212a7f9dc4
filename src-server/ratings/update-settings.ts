// Use case: the city admin changes the follow-up and complaint deadlines (working days, 1–60, checked by the
// contract), audited with the values before and after. Deadlines already set on open follow-ups stay as they were.
import type { Settings } from '../../src-shared/contracts/ratings';
import { audit } from '../platform/audit';
import { inTransaction, staffOf, type UseCaseContext } from '../platform/use-case';
import { readSettings } from './service-settings';

export async function updateSettings(ctx: UseCaseContext, input: Partial<Settings>): Promise<Settings> {
  const me = staffOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const before = await readSettings(tx);
    for (const [key, value] of Object.entries(input)) {
      if (value === undefined) continue;
      const data = { value, updatedBy: me.username, updatedAt: tx.clock.now() };
      await tx.db.serviceSetting.upsert({ where: { key }, create: { key, ...data }, update: data });
    }
    const after = await readSettings(tx);
    await audit(tx, { action: 'settings.update', subjectType: 'service_setting', subjectId: Object.keys(input).join(','), details: { before, after } });
    return after;
  });
}

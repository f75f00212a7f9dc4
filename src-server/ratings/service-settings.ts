// Deadlines an admin sets without a release (service_setting): read where a deadline is computed, so every
// instance uses the value in PostgreSQL; a key never set keeps its default (rules.md: 1 and 15 working days).
import { settingDefaults, settingKeys, type Settings } from '../../src-shared/contracts/ratings';
import type { UseCaseContext } from '../platform/use-case';

export async function readSettings(ctx: Pick<UseCaseContext, 'db'>): Promise<Settings> {
  const rows = await ctx.db.serviceSetting.findMany({ where: { key: { in: [...settingKeys] } } });
  const values = { ...settingDefaults };
  for (const row of rows) if (typeof row.value === 'number') values[row.key as keyof Settings] = row.value;
  return values;
}

// Use case: 补正告知 — every missing or wrong item at once (一次性告知), each tied to a material of the case's
// situation or a field of its form. The acceptance clock stops until the resident supplements.
import type { z } from 'zod';
import type { CorrectionItemSchema } from '../../src-shared/contracts/applications';
import { materialsFor } from '../applications/matter-requirements';
import { publishedMatter } from '../catalog/published-matters';
import { Errors, type ErrorDetail } from '../platform/errors';
import type { UseCaseContext } from '../platform/use-case';
import { actOnCase, todayDate } from '../applications/case-action';

type Item = z.infer<typeof CorrectionItemSchema>;

export async function requestCorrection(ctx: UseCaseContext, input: { id: string; items: Item[]; note?: string; revision?: number }) {
  return actOnCase(ctx, { ...input, action: 'request_correction' }, async (tx, row) => {
    const matter = (await publishedMatter(tx, row.catalogVersion, row.matterId))!.content;
    const materials = materialsFor(matter, row.situationId);
    const details: ErrorDetail[] = [];
    const seen = new Set<string>();
    const items = input.items.map((item, i) => {
      const ref = item.kind === 'material' ? item.materialId : item.field;
      const label = item.kind === 'material' ? materials.find((m) => m.id === item.materialId)?.name : matter.form.find((f) => f.key === item.field)?.label;
      if (!label) details.push({ field: `items.${i}`, message: item.kind === 'material' ? '这项材料不在本事项的材料清单中' : '这个字段不在本事项的申请表中' });
      if (seen.has(`${item.kind}:${ref}`)) details.push({ field: `items.${i}`, message: '同一项内容请只列一次' });
      seen.add(`${item.kind}:${ref}`);
      return { ...item, label: label ?? '' };
    });
    if (details.length > 0) throw Errors.invalidInput(details, '补正清单有误，请按提示修改');
    await tx.db.applicationPause.create({ data: { applicationId: row.id, kind: 'correction', startDate: todayDate(tx) } });
    const requestedAt = tx.clock.now().toISOString();
    return {
      data: { correction: { requestedAt, note: input.note ?? null, items } },
      event: {
        note: `请一次性补正以下内容：${items.map((it, i) => `${i + 1}. ${it.label}（${it.note}）`).join('；')}${input.note ? `。${input.note}` : ''}`,
        details: { items },
      },
    };
  });
}

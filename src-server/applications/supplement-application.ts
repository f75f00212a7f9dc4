// Use case: the resident answers a correction request (补正): every requested material gets a new file and
// every requested form field a new answer; the case goes back to 待受理 and the acceptance clock runs again.
import { Prisma } from '../generated/prisma/client';
import { maskFormAnswers, type FormAnswers } from '../../src-shared/applications/form';
import { maskIdNumber, maskPhone } from '../../src-shared/identity/personal-numbers';
import type { z } from 'zod';
import type { CorrectionItemSchema } from '../../src-shared/contracts/applications';
import { publishedMatter } from '../catalog/published-matters';
import { Errors, issuesToDetails, type ErrorDetail } from '../platform/errors';
import type { UseCaseContext } from '../platform/use-case';
import { actOnCase, endOpenPause } from './case-action';
import { formSchemaOf } from './matter-requirements';

type Item = z.infer<typeof CorrectionItemSchema> & { label: string };

export async function supplementApplication(
  ctx: UseCaseContext,
  input: { id: string; materials: { materialId: string; uploadIds: string[] }[]; form?: Record<string, unknown>; note?: string },
) {
  return actOnCase(ctx, { id: input.id, action: 'supplement' }, async (tx, row) => {
    const matter = (await publishedMatter(tx, row.catalogVersion, row.matterId))!.content;
    const items = ((row.correction as { items?: Item[] } | null)?.items ?? []) as Item[];
    const details: ErrorDetail[] = [];
    const given = new Map(input.materials.map((m) => [m.materialId, [...new Set(m.uploadIds)]]));
    for (const item of items) {
      if (item.kind === 'material' && !given.get(item.materialId)?.length) details.push({ field: `materials.${item.materialId}`, message: `请重新上传：${item.label}` });
      if (item.kind === 'field' && (input.form?.[item.field] === undefined || input.form[item.field] === '')) details.push({ field: `form.${item.field}`, message: `请重新填写：${item.label}` });
    }
    for (const id of given.keys()) {
      if (!items.some((it) => it.kind === 'material' && it.materialId === id)) details.push({ field: `materials.${id}`, message: '这项材料不需要补正' });
    }
    const answers = JSON.parse(tx.pii.decrypt('application.form', row.formEnc)) as FormAnswers;
    const merged = { ...answers, ...(input.form ?? {}) };
    const form = formSchemaOf(matter).safeParse(merged);
    if (!form.success) details.push(...issuesToDetails(form.error.issues, 'form'));
    const uploadIds = [...given.values()].flat();
    // The resident answers with their own uploads (also when a station filed the case for them).
    const ownerId = tx.caller?.kind === 'resident' ? tx.caller.residentId : '';
    const owned = uploadIds.length ? await tx.db.upload.count({ where: { id: { in: uploadIds }, ownerKind: 'resident', ownerId } }) : 0;
    if (owned !== uploadIds.length) details.push({ field: 'materials', message: '有文件找不到或不是您上传的，请重新上传' });
    if (details.length > 0) throw Errors.invalidInput(details, '补正内容还不完整，请按提示补齐后再提交');

    const last = await tx.db.applicationMaterial.aggregate({ where: { applicationId: row.id }, _max: { round: true } });
    const round = (last._max.round ?? 0) + 1;
    const names = new Map(items.filter((it) => it.kind === 'material').map((it) => [(it as { materialId: string }).materialId, it.label]));
    await tx.db.applicationMaterial.createMany({
      data: [...given].flatMap(([materialId, ids]) => ids.map((uploadId) => ({ applicationId: row.id, materialId, materialName: names.get(materialId)!, uploadId, round }))),
    });
    await endOpenPause(tx, row.id, 'correction');
    return {
      data: {
        correction: Prisma.DbNull,
        ...(input.form
          ? { formEnc: tx.pii.encrypt('application.form', JSON.stringify(form.data)), formMasked: maskFormAnswers(matter.form, form.data!, { id: maskIdNumber, phone: maskPhone }) }
          : {}),
      },
      event: { note: `已补正：${items.map((it) => it.label).join('、')}${input.note ? `。${input.note}` : ''}`, details: { round, items: items.map((it) => it.label) } },
    };
  });
}

// Use case for operators after adding a new first key to PII_KEY: re-encrypt every stored personal number
// under the current key, so the old key can later be removed. Rows already under the current key are left.
import { audit } from '../platform/audit';
import type { UseCaseContext } from '../platform/use-case';
import type { PiiField } from './pii';

export async function rotatePiiKeys(ctx: UseCaseContext): Promise<{ reEncrypted: number }> {
  const { db: prisma, pii } = ctx;
  const current = pii.currentKeyId;
  const reseal = (field: PiiField, sealed: string | null) =>
    sealed && pii.keyIdOf(sealed) !== current ? pii.encrypt(field, pii.decrypt(field, sealed)) : undefined;
  let reEncrypted = 0;
  const residents = await prisma.resident.findMany({ select: { id: true, idNumberEnc: true, phoneEnc: true, sessionKeyEnc: true } });
  for (const r of residents) {
    const data = {
      idNumberEnc: reseal('resident.idNumber', r.idNumberEnc),
      phoneEnc: reseal('resident.phone', r.phoneEnc),
      sessionKeyEnc: reseal('resident.sessionKey', r.sessionKeyEnc),
    };
    if (Object.values(data).some(Boolean)) {
      await prisma.resident.update({ where: { id: r.id }, data });
      reEncrypted++;
    }
  }
  const members = await prisma.familyMember.findMany({ select: { id: true, idNumberEnc: true } });
  for (const m of members) {
    const idNumberEnc = reseal('family.idNumber', m.idNumberEnc);
    if (idNumberEnc) {
      await prisma.familyMember.update({ where: { id: m.id }, data: { idNumberEnc } });
      reEncrypted++;
    }
  }
  const cases = await prisma.application.findMany({ select: { id: true, applicantIdEnc: true, applicantPhoneEnc: true, formEnc: true } });
  for (const c of cases) {
    const data = {
      applicantIdEnc: reseal('application.idNumber', c.applicantIdEnc),
      applicantPhoneEnc: reseal('application.phone', c.applicantPhoneEnc),
      formEnc: reseal('application.form', c.formEnc),
    };
    if (Object.values(data).some(Boolean)) {
      await prisma.application.update({ where: { id: c.id }, data });
      reEncrypted++;
    }
  }
  const drafts = await prisma.applicationDraft.findMany({ select: { id: true, contentEnc: true } });
  for (const d of drafts) {
    const contentEnc = reseal('draft.content', d.contentEnc);
    if (contentEnc) {
      await prisma.applicationDraft.update({ where: { id: d.id }, data: { contentEnc } });
      reEncrypted++;
    }
  }
  await audit(ctx, { action: 'pii.rotate', details: { keyId: current, reEncrypted } });
  return { reEncrypted };
}

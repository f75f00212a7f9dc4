// Use case: one case as its viewer may see it — the resident without internal notes, staff with the routing
// reason and everything else; full personal numbers only for the resident and the clerk handling it (logged).
import { clerkActionsFor, canTake, caseActionLabels, caseStatusLabels, type CaseStatus } from '../../src-shared/applications/state-machine';
import { publishedMatter } from '../catalog/published-matters';
import { audit } from '../platform/audit';
import type { Prisma, Upload } from '../generated/prisma/client';
import type { UseCaseContext } from '../platform/use-case';
import { mayWorkCases } from '../queues/queue-access';
import { presentCaseClock } from './case-clock';
import { viewerOf, type Viewer } from './case-access';
import { materialsFor } from './matter-requirements';
import { presentUpload } from '../uploads/present-upload';
import { loadWorkCalendar } from './work-calendar';
import { queueOf } from '../queues/queue-names';
import { readCase, type CaseRecord } from './read-case';
import { uploadsById } from '../uploads/uploads-by-id';

export type { CaseRecord };

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const day = (d: Date) => d.toISOString().slice(0, 10);

/** What a clerk's full view of a case shows, as its audit record names it. */
export const PII_VIEW_FIELDS = ['applicantIdNumber', 'applicantPhone', 'form'];

/**
 * `piiViewLogged`: the change that answers with this case already recorded the view (a claim does, in its
 * own statement). `justTransferred`: the answer to a transfer — the clerk who moved the case out of their queues sees it once
 * more, masked and without actions, to confirm where it went.
 */
export async function getApplication(ctx: UseCaseContext, { id }: { id: string }, options: PresentOptions = {}) {
  return presentApplication(ctx, await readCase(ctx, id), options);
}

interface PresentOptions {
  justTransferred?: boolean;
  piiViewLogged?: boolean;
  /** The files the materials use, when the caller has them already (a submission has just checked them). */
  uploads?: Upload[];
  /** The personal data in clear, when the caller has just sealed it (a submission): not decrypted again. */
  sealed?: { idNumber: string; phone: string | null; form: Record<string, unknown> };
}

/** One case as its viewer may see it (see getApplication), from a record in hand. */
export async function presentApplication(ctx: UseCaseContext, row: CaseRecord | null, options: PresentOptions = {}) {
  const queue = row ? await queueOf(ctx, row.queueId) : null;
  const withQueue = row && queue ? { ...row, queue } : null;
  const viewer: Viewer =
    options.justTransferred && ctx.caller?.kind === 'staff' && row ? { kind: 'staff', staffId: ctx.caller.staffId, covers: false } : viewerOf(ctx, withQueue);
  const app = row!;
  const matter = (await publishedMatter(ctx, app.catalogVersion, app.matterId))!;
  const calendar = await loadWorkCalendar(ctx);
  const claimedByMe = viewer.kind === 'staff' && app.claimedBy === viewer.staffId;
  const full = viewer.kind === 'resident' || claimedByMe;

  // The caller's own name is known from the sign-in; other clerks' names are read.
  const me = ctx.caller?.kind === 'staff' ? ctx.caller : null;
  const staff = new Map<string, string>(me ? [[me.staffId, me.displayName]] : []);
  const staffIds = [app.claimedBy, app.filedByStaffId].filter((x): x is string => Boolean(x) && !staff.has(x!));
  if (staffIds.length) {
    for (const s of await ctx.db.staffAccount.findMany({ where: { id: { in: staffIds } }, select: { id: true, displayName: true } })) staff.set(s.id, s.displayName);
  }
  const uploads = options.uploads ?? (app.materials.length ? await uploadsById(ctx, app.materials.map((m) => m.uploadId)) : []);
  const uploadById = new Map(uploads.map((u) => [u.id, u]));
  const needed = materialsFor(matter.content, app.situationId);
  const materialIds = [...new Set(app.materials.map((m) => m.materialId))];
  const filer = app.filedAs === 'family' && app.filedByResidentId
    ? await ctx.db.resident.findUnique({ where: { id: app.filedByResidentId }, select: { name: true } })
    : null;

  if (full && viewer.kind === 'staff' && !options.piiViewLogged) {
    await audit(ctx, { action: 'application.pii_view', subjectType: 'application', subjectId: app.id, details: { fields: PII_VIEW_FIELDS } });
  }
  const status = app.status as CaseStatus;
  const allowedActions: string[] =
    viewer.kind === 'resident'
      ? (['supplement', 'withdraw'] as const).filter((a) => canTake(a, status))
      : viewer.covers && ctx.caller?.kind === 'staff' && mayWorkCases(ctx.caller)
        ? claimedByMe ? clerkActionsFor(status) : canTake('claim', status) ? ['claim'] : []
        : [];
  const situation = app.situationId ? matter.content.situations.find((s) => s.key === app.situationId) : undefined;
  return {
    id: app.id,
    receiptNo: app.receiptNo,
    status,
    statusLabel: caseStatusLabels[status],
    matter: { id: app.matterId, name: app.matterName, version: app.catalogVersion, departmentCode: app.departmentCode },
    situation: situation ? { id: situation.key, name: situation.name } : null,
    queue: { id: queue!.id, kind: queue!.kind, name: queue!.name },
    routeReason: app.routeReason,
    routeReasonCode: app.routeReasonCode,
    delegationDocument: app.delegationDocument,
    acceptDue: day(app.acceptDue),
    acceptanceNo: app.acceptanceNo,
    promiseDays: app.promiseDays,
    instant: app.instant,
    clock: presentCaseClock(calendar, { ...app, status }, app.pauses, ctx.clock.today()),
    applicant: {
      name: app.applicantName,
      idNumber: full ? (options.sealed?.idNumber ?? ctx.pii.decrypt('application.idNumber', app.applicantIdEnc)) : app.applicantIdMasked,
      phone: app.applicantPhoneEnc ? (full ? (options.sealed?.phone ?? ctx.pii.decrypt('application.phone', app.applicantPhoneEnc)) : app.applicantPhoneMasked) : null,
      masked: !full,
    },
    filedAs: app.filedAs as 'self' | 'family' | 'station',
    filedBy:
      app.filedAs === 'station' ? `${staff.get(app.filedByStaffId ?? '') ?? '便民服务站'}代办`
      : app.filedAs === 'family' ? `${filer?.name ?? '家属'}（亲情代办）`
      : '申请人本人',
    consent: (app.consent as { method: string; note: string } | null) ?? null,
    regionCode: app.regionCode,
    form: full ? (options.sealed?.form ?? (JSON.parse(ctx.pii.decrypt('application.form', app.formEnc)) as Record<string, unknown>)) : (app.formMasked as Record<string, unknown>),
    formFields: matter.content.form.map((f) => ({ key: f.key, label: f.label, type: f.type })),
    materials: materialIds.map((materialId) => {
      const spec = needed.find((n) => n.id === materialId);
      const rows = app.materials.filter((m) => m.materialId === materialId);
      return {
        materialId,
        name: rows[0].materialName,
        necessity: spec?.necessity ?? null,
        files: rows.flatMap((m) => (uploadById.has(m.uploadId) ? [{ ...presentUpload(uploadById.get(m.uploadId)!), round: m.round }] : [])),
      };
    }),
    correction: (app.correction as never) ?? null,
    outcome: (app.outcome as never) ?? null,
    claimedBy: app.claimedBy ? { id: app.claimedBy, name: staff.get(app.claimedBy) ?? '' } : null,
    claimedByMe,
    allowedActions,
    revision: app.revision,
    submittedAt: app.submittedAt.toISOString(),
    acceptedAt: iso(app.acceptedAt),
    endedAt: iso(app.endedAt),
    timeline: app.events.map((e) => ({
      at: e.at.toISOString(),
      action: e.action,
      actionLabel: caseActionLabels[e.action as keyof typeof caseActionLabels] ?? e.action,
      from: e.fromStatus,
      to: e.toStatus,
      note: e.note,
      actor: e.actorName,
      ...(viewer.kind === 'staff' ? { internalNote: e.internalNote } : {}),
    })),
  };
}

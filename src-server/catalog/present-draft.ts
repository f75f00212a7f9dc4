// What the catalog office sees of a draft (content included only where asked for).
import { matterStatusLabels, type MatterStatusCode } from '../../src-shared/catalog/matter-status';
import { Errors } from '../platform/errors';

export const presentDraft = (d: { id: string; key: string; itemCode: string; departmentCode: string; name: string; status: MatterStatusCode; content: unknown; missing: string[]; origin: string; updatedAt: Date }) => ({
  id: d.id, key: d.key, code: d.itemCode, departmentCode: d.departmentCode, name: d.name, status: matterStatusLabels[d.status],
  missing: d.missing, origin: d.origin, updatedAt: d.updatedAt.toISOString(), content: d.content,
});

/** A draft's matter key or item code is already used by another draft. */
export const taken = () => Errors.conflict('matter_code_taken', '业务办理项编码或标识已被其他事项使用');

// What a matter asks of an applicant in a situation: the materials (with the ids the guide shows) and the
// form. Materials a government department issues (政府部门核发) are fetched by data sharing, not asked for.
import { buildFormSchema, type FormFieldSpec } from '../../src-shared/applications/form';
import type { MatterSource } from '../../src-shared/contracts/catalog-source';
import { isSharedMaterial } from '../../src-shared/catalog/source-rules';
import { materialId } from '../catalog/present-guide';

export interface RequiredMaterial {
  id: string;
  name: string;
  necessity: 'required' | 'optional' | 'deferrable';
  /** Issued by a department: fetched by data sharing, never asked of the resident. */
  shared: boolean;
}

const listed = new WeakMap<MatterSource, Map<string | null, readonly RequiredMaterial[]>>();

/**
 * The materials a matter asks for in a situation, made once per matter and situation: a published matter never
 * changes, and every submission, case page and claim asks again. The list is shared: read it, never change it.
 */
export function materialsFor(matter: MatterSource, situationId: string | null): readonly RequiredMaterial[] {
  let bySituation = listed.get(matter);
  if (!bySituation) listed.set(matter, (bySituation = new Map()));
  let materials = bySituation.get(situationId);
  if (!materials) {
    const situation = situationId ? matter.situations.find((s) => s.key === situationId) : undefined;
    const list = [
      ...matter.materials.map((m) => ({ scope: 'common', m })),
      ...(situation?.materials ?? []).map((m) => ({ scope: situation!.key, m })),
    ];
    materials = Object.freeze(list.map(({ scope, m }) => Object.freeze({ id: materialId(scope, m.name), name: m.name, necessity: m.necessity, shared: isSharedMaterial(m) })));
    // An unknown situation id (input) gets the common list computed each time rather than a slot of its own.
    if (!situationId || situation) bySituation.set(situationId, materials);
  }
  return materials;
}

export const formFieldsOf = (matter: MatterSource): FormFieldSpec[] => matter.form;

const schemas = new WeakMap<object, ReturnType<typeof buildFormSchema>>();
/** The form's zod schema, built once per published matter (which never changes). */
export function formSchemaOf(matter: MatterSource) {
  let schema = schemas.get(matter);
  if (!schema) schemas.set(matter, (schema = buildFormSchema(matter.form)));
  return schema;
}

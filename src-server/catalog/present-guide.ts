// Turns a published matter into the guide residents read: contract field names, stable material ids, and
// the place, hours and phones of the county asked for.
import { matterStatusLabels, type MatterStatusCode } from '../../src-shared/catalog/matter-status';
import { createHash } from 'node:crypto';
import type { MatterSource } from '../../src-shared/contracts/catalog-source';
import { MatterLevelName, MatterTypeName, type Guide } from '../../src-shared/contracts/catalog';
import type { CountiesFile } from './catalog-files';

type Material = MatterSource['materials'][number];

/** Stable across versions while the material keeps its name, so cases can refer to it. */
export const materialId = (scope: string, name: string) =>
  `${scope}-${createHash('sha1').update(name).digest('hex').slice(0, 8)}`;

const presentMaterial = (scope: string) => (m: Material) => ({
  id: materialId(scope, m.name),
  name: m.name, kind: m.kind, form: m.form, necessity: m.necessity, source: m.source,
  originals: m.originals, copies: m.copies, paperSize: m.paperSize, note: m.note, acceptance: m.acceptance,
  blankForm: m.blankForm, sampleForm: m.sampleForm,
});

export function presentGuide(
  row: { matterId: string; version: number; status: MatterStatusCode; content: unknown },
  department: { code: string; name: string; shortName: string; window: string; bodyName: string },
  counties: CountiesFile,
  countyCode?: string,
): Guide {
  const m = row.content as MatterSource;
  const places = counties.counties.map((c) => ({
    countyCode: c.code,
    countyName: c.name,
    place: `${c.center} ${department.window}（${department.bodyName.replace('{county}', c.name)}）`,
    address: c.address,
    transit: c.transit,
    hours: counties.hours,
    phone: m.hotline ? `${c.phone}，${m.hotline}` : c.phone,
    supervisePhone: counties.supervisePhone,
  }));
  const here = places.find((p) => p.countyCode === countyCode) ?? places[0];
  return {
    id: row.matterId, key: m.key, code: m.itemCode, baseCode: m.baseCode, name: m.name, mainItem: m.mainItem,
    department: { code: department.code, name: department.name, shortName: department.shortName },
    type: m.type, typeName: MatterTypeName[m.type], level: m.level, levelName: MatterLevelName[m.level],
    legalDays: m.legalLimit.value, promiseDays: m.promiseLimit.value, legalLimit: m.legalLimit, promiseLimit: m.promiseLimit,
    instant: m.kind === 1, visits: m.visits, onlineDepth: m.onlineDepth, channels: m.channels, reach: m.reach,
    audiences: m.audiences, topics: m.topics, fees: m.fees, free: m.fees.length === 0,
    conditions: m.conditions, basis: m.basis, steps: m.steps,
    materials: m.materials.map(presentMaterial('common')),
    situations: m.situations.map((s) => ({ id: s.key, name: s.name, description: s.description, materials: s.materials.map(presentMaterial(s.key)) })),
    result: m.result, faq: m.faq, aliases: m.aliases,
    place: here.place, address: here.address, hours: here.hours, phone: here.phone, supervisePhone: here.supervisePhone,
    places,
    formSchema: { fields: m.form },
    status: matterStatusLabels[row.status],
    version: row.version,
  };
}

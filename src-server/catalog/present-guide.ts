// Turns a published matter into the guide residents read: contract field names, stable material ids, and
// where the resident hands it in. `presentGuide` gives the county windows (kept per version); `placeGuide` puts
// in what admins keep in the database — each department's 咨询电话 per county and, for a resident whose
// township or village is known, the township centre or village station the matter's level, the county's
// delegation list and station list send them to. No phone is printed that nobody entered: 12345 instead.
import { matterStatusLabels, type MatterStatusCode } from '../../src-shared/catalog/matter-status';
import { createHash } from 'node:crypto';
import type { MatterSource } from '../../src-shared/contracts/catalog-source';
import { MatterLevelName, MatterTypeName, type Guide } from '../../src-shared/contracts/catalog';
import { HOTLINE_12345 } from '../../src-shared/contracts/service-places';
import type { CountiesFile } from './catalog-files';

type Material = MatterSource['materials'][number];

/** Stable across versions while the material keeps its name, so cases can refer to it. */
export const materialId = (scope: string, name: string) =>
  `${scope}-${createHash('sha1').update(name).digest('hex').slice(0, 8)}`;

const presentMaterial = (scope: string) => (m: Material) => ({
  id: materialId(scope, m.name),
  name: m.name, kind: m.kind, form: m.form, necessity: m.necessity, source: m.source,
  originals: m.originals, copies: m.copies, paperSize: m.paperSize, note: m.note, acceptance: m.acceptance,
  // A tag is shown only when the version holds its file (form-files.ts).
  blankForm: m.blankForm && m.blankFile !== undefined, sampleForm: m.sampleForm && m.sampleFile !== undefined,
});

/** The phone line of a place: its own entered number, else 12345; the matter's national service line after it. */
export const phoneLine = (entered: string | null | undefined, hotline: string | undefined) =>
  [...new Set([entered || HOTLINE_12345, ...(hotline ? [hotline] : [])])].join('，');

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
    phone: phoneLine(null, m.hotline),
    phoneEntered: false,
    supervisePhone: counties.supervisePhone,
  }));
  const here = isClinic(m) ? clinicPlace(places[0], m) : places.find((p) => p.countyCode === countyCode) ?? places[0];
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
    placeLevel: isClinic(m) ? 'clinic' : 'county', placeNote: isClinic(m) ? CLINIC_NOTE : countyNote(m),
    place: here.place, address: here.address, hours: here.hours, phone: here.phone, phoneEntered: false, supervisePhone: here.supervisePhone,
    places,
    formSchema: { fields: m.form },
    status: matterStatusLabels[row.status],
    version: row.version,
  };
}

/** Public health services of the 乡镇卫生院 / 村卫生室: not handed in at a service centre or window. */
const isClinic = (m: Pick<MatterSource, 'acceptedAt' | 'level'>) =>
  m.level !== 3 && m.acceptedAt.includes('clinic') && !m.acceptedAt.includes('township') && !m.acceptedAt.includes('village');
const CLINIC_NOTE = '基本公共卫生服务，由乡镇卫生院、村卫生室（街道为社区卫生服务中心）提供，不在便民服务中心办理';
const clinicPlace = <P extends { hours: string; phone: string }>(p: P, m: Pick<MatterSource, 'hotline'>): P => ({
  ...p,
  place: '户籍或居住地所在的乡镇卫生院、村卫生室（街道为社区卫生服务中心）',
  address: notEntered('卫生院、卫生室的地址'),
  hours: notEntered('办公时间'),
  phone: phoneLine(null, m.hotline),
});

const countyNote = (m: Pick<MatterSource, 'level'>) =>
  m.level === 3 ? '市级事项，由市直部门办理' : m.level === 4 ? '县级事项，在县（区）政务服务中心对应窗口办理'
    : `${m.level === 5 ? '乡镇（街道）级' : '村（社区）级'}事项，请选择所在乡镇（街道）或村（社区）查看办理地点`;

// ---------------------------------------------------------------------------------------------------------
// Where the resident goes (the rules of rules.md "Routing an application", read from the resident's side)

export type PlaceLevel = Guide['placeLevel'];

export interface WhereInput {
  matter: Pick<MatterSource, 'level' | 'acceptedAt'>;
  /** County (6), township (9) or village (12 digits). */
  regionCode: string;
  /** The delegation in force and taken up for the resident's township, if any. */
  delegation: { documentNo: string; target: 'townships' | 'all_townships' | 'villages' } | undefined;
  /** The village code of the station serving the resident's village (null when not a village or not listed). */
  station: string | null;
}

/**
 * The level decides ("where a matter is done follows its level"):
 * 1. a village-level matter, or one the county delegated down to the village stations, for a resident whose
 *    village is known → the station serving the village (the county's station list);
 * 2. a township- or village-level matter, or one the county delegated to the township (taken up, in force), for
 *    a resident whose township is known → the township centre (a station that also receives it is named in the
 *    note, not as the place);
 * 3. a county matter received at the village (acceptedAt 村), for a resident whose village is known → the station;
 * 4. otherwise the county window (a city-level matter stays at the windows as well);
 * a public health service of the 卫生院 / 卫生室 (acceptedAt only `clinic`) is never handed in at a centre.
 */
export function placeLevelFor(input: WhereInput): PlaceLevel {
  const { matter, regionCode, delegation, station } = input;
  if (matter.level === 3) return 'county';
  if (isClinic(matter)) return 'clinic';
  const village = regionCode.length === 12 && station !== null;
  if (village && (matter.level === 6 || delegation?.target === 'villages')) return 'village';
  if (regionCode.length >= 9 && (matter.level === 5 || matter.level === 6 || delegation)) return 'township';
  if (village && matter.acceptedAt.includes('village')) return 'village';
  return 'county';
}

export interface PlaceContacts {
  address: string | null;
  hours: string | null;
  phone: string | null;
}

export interface LocalPlace {
  level: 'township' | 'village';
  name: string;
  note: string;
  contacts: PlaceContacts | null;
}

const notEntered = (what: string) => `${what}暂未登记，请拨打 12345 政务服务便民热线咨询`;

/** The guide for one county (department phones entered there) and, when given, the resident's own place. */
export function placeGuide(base: Guide, m: Pick<MatterSource, 'hotline'>, countyCode: string | undefined, phones: Map<string, string>, local: LocalPlace | null): Guide {
  const places = base.places.map((p) => ({ ...p, phone: phoneLine(phones.get(p.countyCode), m.hotline), phoneEntered: phones.has(p.countyCode) }));
  const here = places.find((p) => p.countyCode === countyCode) ?? places[0];
  if (base.placeLevel === 'clinic') return { ...base, places };
  if (!local) {
    return { ...base, places, place: here.place, address: here.address, hours: here.hours, phone: here.phone, phoneEntered: here.phoneEntered };
  }
  const c = local.contacts;
  return {
    ...base, places, placeLevel: local.level, placeNote: local.note, place: local.name,
    address: c?.address ?? notEntered('地址'), hours: c?.hours ?? notEntered('办公时间'),
    phone: phoneLine(c?.phone, m.hotline), phoneEntered: Boolean(c?.phone),
  };
}

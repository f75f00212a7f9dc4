// Admin views of the centre and station records.
import { queueName } from '../queues/queue-names';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentCentre(
  r: { townshipCode: string; countyCode: string; address: string | null; hours: string | null; phone: string | null; updatedBy: string | null; updatedAt: Date | null },
  townshipName: string,
  counts: { villages: number; stations: number },
) {
  return {
    townshipCode: r.townshipCode, townshipName, countyCode: r.countyCode, name: queueName('township', townshipName, null),
    address: r.address, hours: r.hours, phone: r.phone, entered: Boolean(r.address || r.hours || r.phone),
    ...counts, updatedBy: r.updatedBy, updatedAt: iso(r.updatedAt),
  };
}

export function presentStation(
  r: { villageCode: string; townshipCode: string; hasStation: boolean; servedBy: string; seededByRule: boolean; address: string | null; hours: string | null; phone: string | null; updatedBy: string | null; updatedAt: Date | null },
  names: Map<string, string>,
) {
  const servedByName = names.get(r.servedBy) ?? r.servedBy;
  return {
    villageCode: r.villageCode, villageName: names.get(r.villageCode) ?? r.villageCode, townshipCode: r.townshipCode,
    hasStation: r.hasStation, servedBy: r.servedBy, servedByName, stationName: queueName('village', servedByName, null),
    seededByRule: r.seededByRule, address: r.address, hours: r.hours, phone: r.phone, updatedBy: r.updatedBy, updatedAt: iso(r.updatedAt),
  };
}

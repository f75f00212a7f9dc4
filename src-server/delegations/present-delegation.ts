const powerSourceName = { delegated: '上级下放', entrusted: '上级委托', authorized: '上级授权' } as const;
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function presentDelegation(d: {
  id: string; countyCode: string; matterId: string; target: string; townshipCodes: string[]; powerSource: keyof typeof powerSourceName;
  documentNo: string; effectiveFrom: Date; effectiveUntil: Date | null; takenUp: boolean; recallDocument: string | null;
  recallReason: string | null; recalledAt: Date | null; createdAt: Date;
}) {
  return {
    id: d.id, countyCode: d.countyCode, matterId: d.matterId,
    townshipCodes: d.target === 'all_townships' ? 'ALL' : d.townshipCodes,
    toVillages: d.target === 'villages',
    powerSource: d.powerSource, powerSourceName: powerSourceName[d.powerSource],
    documentNo: d.documentNo, effectiveFrom: day(d.effectiveFrom), effectiveUntil: day(d.effectiveUntil), takenUp: d.takenUp,
    recall: d.recalledAt ? { documentNo: d.recallDocument, reason: d.recallReason, at: d.recalledAt.toISOString() } : null,
    createdAt: d.createdAt.toISOString(),
  };
}

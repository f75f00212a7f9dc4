const powerSourceName = { delegated: '上级下放', entrusted: '上级委托', authorized: '上级授权' } as const;
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** `today` (Asia/Shanghai, YYYY-MM-DD) decides whether a recall is still pending (its date not reached yet). */
export function presentDelegation(
  d: {
    id: string; countyCode: string; matterId: string; target: string; townshipCodes: string[]; powerSource: keyof typeof powerSourceName;
    documentNo: string; effectiveFrom: Date; effectiveUntil: Date | null; takenUp: boolean; recallDocument: string | null;
    recallReason: string | null; recalledAt: Date | null; createdAt: Date;
  },
  today: string,
) {
  const until = day(d.effectiveUntil);
  return {
    id: d.id, countyCode: d.countyCode, matterId: d.matterId,
    townshipCodes: d.target === 'all_townships' ? 'ALL' : d.townshipCodes,
    toVillages: d.target === 'villages',
    powerSource: d.powerSource, powerSourceName: powerSourceName[d.powerSource],
    documentNo: d.documentNo, effectiveFrom: day(d.effectiveFrom), effectiveUntil: until, takenUp: d.takenUp,
    recall: d.recalledAt
      ? { documentNo: d.recallDocument, reason: d.recallReason, at: d.recalledAt.toISOString(), pending: until !== null && today < until }
      : null,
    createdAt: d.createdAt.toISOString(),
  };
}

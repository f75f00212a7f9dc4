// What leaves the server about a bound family member: the ID number only masked, and whether (and how) the
// binding took effect.
type Member = {
  id: string; name: string; relation: string; idNumberMasked: string; createdAt: Date;
  status: 'pending' | 'active'; bindMethod: 'guardian' | 'confirmed' | 'station' | null; boundAt: Date | null;
};
export const presentFamilyMember = (m: Member) => ({
  id: m.id, name: m.name, relation: m.relation, idNumber: m.idNumberMasked, createdAt: m.createdAt.toISOString(),
  status: m.status, bindMethod: m.bindMethod, boundAt: m.boundAt?.toISOString() ?? null,
});

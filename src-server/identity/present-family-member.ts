// What leaves the server about a bound family member: the ID number only masked.
type Member = { id: string; name: string; relation: string; idNumberMasked: string; createdAt: Date };
export const presentFamilyMember = (m: Member) => ({
  id: m.id, name: m.name, relation: m.relation, idNumber: m.idNumberMasked, createdAt: m.createdAt.toISOString(),
});

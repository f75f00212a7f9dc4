/** Staff roles (see rules.md "Who uses it"); a plain table so that server and mini-program share it without zod. */
export const staffRoles = ['clerk', 'township_lead', 'county_admin', 'city_admin'] as const;
export type StaffRole = (typeof staffRoles)[number];

/** What a staff scope covers: a village station, a township centre, a county or city department, a county, the city. */
export const scopeKinds = ['village', 'township', 'county_department', 'city_department', 'county', 'city'] as const;
export type ScopeKind = (typeof scopeKinds)[number];

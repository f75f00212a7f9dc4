/** Staff roles (see rules.md "Who uses it"); a plain table so that server and mini-program share it without zod. */
export const staffRoles = ['clerk', 'township_lead', 'county_admin', 'city_admin'] as const;
export type StaffRole = (typeof staffRoles)[number];

// Who calls a use case: a signed-in resident or staff member (resolved from the bearer token by the access
// check), nobody (a public route), or the system itself (seed, an operator's command, a job).
import type { ScopeKind, StaffRole } from '../../src-shared/identity/roles';
import type { Resident } from '../generated/prisma/client';

export interface ScopeGrant {
  kind: ScopeKind;
  regionCode: string;
  departmentCode: string | null;
}

export type Actor =
  /** `account`: the resident's row as read with the token (same query), for use cases that need it at once. */
  | { kind: 'resident'; residentId: string; tokenId: string; account?: Resident }
  | { kind: 'staff'; staffId: string; username: string; displayName: string; role: StaffRole; scopes: ScopeGrant[]; tokenId: string };

export type ResidentActor = Extract<Actor, { kind: 'resident' }>;
export type StaffActor = Extract<Actor, { kind: 'staff' }>;

/** A caller that is not a person signed in: `name` says which (seed, staff-cli, a job's name). */
export interface SystemCaller {
  kind: 'system';
  name: string;
}

export type Caller = Actor | SystemCaller | null;

// The signed-in caller of a request, as the access check resolved it from the bearer token.
import type { StaffRole } from '../platform/http/route';
import { Errors } from '../platform/errors';
import type { AppState } from '../platform/http/state';

export interface ScopeGrant {
  kind: 'village' | 'township' | 'county_department' | 'county' | 'city';
  regionCode: string;
  departmentCode: string | null;
}

export type Actor =
  | { kind: 'resident'; residentId: string; tokenId: string }
  | { kind: 'staff'; staffId: string; username: string; role: StaffRole; scopes: ScopeGrant[]; tokenId: string };

export type ResidentActor = Extract<Actor, { kind: 'resident' }>;
export type StaffActor = Extract<Actor, { kind: 'staff' }>;

/** The caller of a route declared `resident` (the access check has already guaranteed one). */
export function residentOf(state: AppState): ResidentActor {
  if (state.actor?.kind !== 'resident') throw Errors.unauthenticated();
  return state.actor;
}

export function staffOf(state: AppState): StaffActor {
  if (state.actor?.kind !== 'staff') throw Errors.unauthenticated();
  return state.actor;
}

export function actorOf(state: AppState): Actor {
  if (!state.actor) throw Errors.unauthenticated();
  return state.actor;
}

import type { Scope, StaffUser } from '../services/types'

/**
 * The scope a staff account files 代办 from: a window clerk of a village station or a township centre (the server
 * checks the same). The case is done where that station or centre is. Kept apart from ./applyWizard so the guide
 * page (main package) can ask it without loading the wizard.
 */
export function filingScope(user: Pick<StaffUser, 'role' | 'scope'>): Scope | null {
  if (user.role !== 'clerk') return null
  return user.scope.find((s) => s.kind === 'village' || s.kind === 'township') ?? null
}

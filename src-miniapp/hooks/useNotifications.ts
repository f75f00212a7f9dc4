import { useApi, type ApiState } from './useApi'
import { listNotifications } from '../services/notifications'
import type { Paged } from '@shared/contracts/catalog-admin'
import type { AdminNotification } from '@shared/contracts/notifications'

/** The admins' list of subscribe messages in one status (dead letters by default), fresh on every visit. */
export function useAdminNotifications(status: 'dead' | 'skipped' | 'pending', page: number): ApiState<Paged<AdminNotification>> {
  return useApi(['admin-notifications', status, page], () => listNotifications(status, page), { fresh: true })
}

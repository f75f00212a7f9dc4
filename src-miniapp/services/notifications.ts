import { request } from './http'
import { badResponse } from './identity'
import type { Paged } from '@shared/contracts/catalog-admin'
import type { AdminNotification, TemplateKey, TemplateList } from '@shared/contracts/notifications'

/**
 * Calls of the notifications module: the subscribe-message templates and the resident's consents (the apply
 * wizard), and the admins' list of messages that did not go out, with 重试.
 */

/** `GET /api/notifications/templates`: the configured templates (none in demo mode). */
export async function listTemplates(): Promise<TemplateList['templates']> {
  const data = await request<{ templates?: unknown }>('/api/notifications/templates', { auth: false })
  if (!Array.isArray(data?.templates)) throw badResponse()
  return data.templates as TemplateList['templates']
}

/** `POST /api/me/subscriptions`: the templates the resident agreed to at the submit tap. */
export async function recordConsent(accepted: TemplateKey[], applicationId?: string): Promise<void> {
  await request('/api/me/subscriptions', { method: 'POST', data: { accepted, applicationId } })
}

/** `GET /api/admin/notifications?status=&page=`. */
export async function listNotifications(status: 'dead' | 'skipped' | 'pending', page: number): Promise<Paged<AdminNotification>> {
  const data = await request<Paged<AdminNotification>>('/api/admin/notifications', { query: { status, page, pageSize: 20 } })
  if (!Array.isArray(data?.items)) throw badResponse()
  return data
}

/** `POST /api/admin/notifications/:id/retry`: a dead message back to the queue (city admin). */
export async function retryNotification(id: string): Promise<void> {
  await request(`/api/admin/notifications/${encodeURIComponent(id)}/retry`, { method: 'POST' })
}

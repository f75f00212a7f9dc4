import Taro from '@tarojs/taro'

/**
 * Pages of applications (办件): the 办件 tab in the main package; the resident's wizard, receipt and case page in the
 * `cases` subpackage (they load zod for the form's checks); the clerk workbench in the `workbench` subpackage.
 */

/** The 办件 tab. */
export const MY_CASES_PAGE = '/pages/cases/index'
export const APPLY_PAGE = '/cases/apply'
export const RECEIPT_PAGE = '/cases/receipt'
export const CASE_PAGE = '/cases/detail'
export const WORKBENCH_PAGE = '/workbench/index'
export const QUEUE_PAGE = '/workbench/queue'
export const WORK_CASE_PAGE = '/workbench/case'

export function applyUrl(matter: { id: string; name: string }): string {
  return `${APPLY_PAGE}?id=${encodeURIComponent(matter.id)}&name=${encodeURIComponent(matter.name)}`
}

export const receiptUrl = (id: string) => `${RECEIPT_PAGE}?id=${encodeURIComponent(id)}`
export const caseUrl = (id: string) => `${CASE_PAGE}?id=${encodeURIComponent(id)}`
export const queueUrl = (queue: { id: string; name: string }) =>
  `${QUEUE_PAGE}?id=${encodeURIComponent(queue.id)}&name=${encodeURIComponent(queue.name)}`
export const workCaseUrl = (id: string) => `${WORK_CASE_PAGE}?id=${encodeURIComponent(id)}`

export function openCasePage(url: string): void {
  void Taro.navigateTo({ url })
}

/** Show the 办件 tab, closing the pages opened above it. */
export function goToMyCases(): void {
  void Taro.switchTab({ url: MY_CASES_PAGE })
}

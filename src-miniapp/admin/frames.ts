import type { AdminFrame } from './components/AdminGate'

/** Each admin page's header and who may open it (the server checks the role again on every call). */
export const ADMIN_FRAMES = {
  catalog: { roles: ['city_admin'], className: 'catalog-admin', title: '事项目录管理', subtitle: '编辑办事指南草稿，检查后发布为新的目录版本' },
  edit: { roles: ['city_admin'], className: 'draft-edit-page', title: '编辑办事指南', subtitle: '保存后需在事项目录管理中「发布」才对群众生效' },
  versions: { roles: ['city_admin', 'county_admin'], className: 'catalog-versions', title: '目录版本记录', subtitle: '每次发布生成一个不可修改的版本；勾选两个版本查看变化' },
  import: { roles: ['city_admin'], className: 'catalog-import', title: '导入导出目录', subtitle: '导入的事项成为草稿，补全办事指南并检查通过后才能发布' },
  delegations: { roles: ['county_admin', 'city_admin'], className: 'delegations-admin', title: '权责清单', subtitle: '县（区）向乡镇（街道）下放、委托、授权的事项，及其承接和收回' },
  places: { roles: ['county_admin', 'city_admin'], className: 'places-admin', title: '便民服务中心与咨询电话', subtitle: '乡镇（街道）中心和村（社区）服务站的地址、时间、电话，服务站清单，各部门咨询电话' },
  search: { roles: ['city_admin', 'county_admin'], className: 'search-admin', title: '搜索未命中', subtitle: '居民搜不到结果的说法；把常见说法设为事项别名，下次就能搜到' },
  notifications: { roles: ['city_admin', 'county_admin'], className: 'notifications-admin', title: '消息投递', subtitle: '发给群众的订阅消息中投递失败、未发送或待发送的；原因排除后可重试' },
  feedback: { roles: ['city_admin', 'county_admin'], className: 'feedback-admin', title: '好差评与投诉建议', subtitle: '审核窗口对恶意差评的申诉，答复群众的投诉建议，导出评价数据' },
  stats: { roles: ['city_admin', 'county_admin'], className: 'stats-admin', title: '统计分析', subtitle: '办件、时效、满意度、目录和放权赋能的数字，按县区、乡镇和时段' }
} as const satisfies Record<string, AdminFrame>

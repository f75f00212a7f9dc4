export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/me/index',
    'pages/region/index',
    'pages/me/profile',
    'pages/family/index',
    'pages/staff/login',
    'pages/staff/home',
    'pages/catalog/list',
    'pages/matter/index',
    'pages/cases/index'
  ],
  // Admin pages (catalog office, county delegation lists): a subpackage, so the residents' main package stays small.
  // Applying (cases/: the wizard, receipt and case page load zod for the form's checks), the clerk workbench
  // (workbench/: queues, cases, consultation tickets), search (search/: preloaded from the home page, whose box opens
  // it) and the assistant (assistant/: 智能客服, opened from the home page, a guide's 问一问 and search) are subpackages too.
  subPackages: [
    {
      root: 'admin',
      pages: ['catalog/index', 'catalog/edit', 'catalog/versions', 'catalog/import', 'delegations/index', 'places/index', 'search/index', 'notifications/index', 'feedback/index', 'stats/index']
    },
    {
      root: 'cases',
      pages: ['apply', 'receipt', 'detail', 'complaint']
    },
    {
      root: 'workbench',
      pages: ['index', 'queue', 'case', 'tickets', 'ticket', 'follow-ups', 'follow-up', 'family']
    },
    {
      root: 'search',
      pages: ['index']
    },
    {
      root: 'assistant',
      pages: ['index']
    }
  ],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['search'] }
  },
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#f5f6f8',
    navigationBarBackgroundColor: '#1677ff',
    navigationBarTitleText: '掌上办',
    navigationBarTextStyle: 'white',
    // WeChat's default. On H5 it also turns on Taro's own navigation bar (hidden unless set), whose left
    // control is 「返回」 when there is a page to go back to and 「首页」 on a deep-linked page.
    navigationStyle: 'default'
  },
  // Tab pages are opened with switchTab/reLaunch, never navigateTo (see navigation.ts). On H5 Taro draws the
  // same bar itself. Icons: 81×81 PNG drawn by scripts/make-tabbar-icons.js.
  tabBar: {
    color: '#8a919f',
    selectedColor: '#1677ff',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png'
      },
      {
        pagePath: 'pages/cases/index',
        text: '办件',
        iconPath: 'assets/tabbar/cases.png',
        selectedIconPath: 'assets/tabbar/cases-active.png'
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png'
      }
    ]
  }
})

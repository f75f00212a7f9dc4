export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/region/index'
  ],
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#f5f6f8',
    navigationBarBackgroundColor: '#1677ff',
    navigationBarTitleText: '掌上办',
    navigationBarTextStyle: 'white',
    // WeChat's default. On H5 it also turns on Taro's own navigation bar (hidden unless set), whose left
    // control is 「返回」 when there is a page to go back to and 「首页」 on a deep-linked page.
    navigationStyle: 'default'
  }
})

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
    navigationBarTextStyle: 'white'
  }
})

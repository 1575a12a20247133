import type { Messages } from './messages'

export const zh: Messages = {
  skipToContent: '跳至主要内容',
  primaryNavigation: '主导航',
  languageNavigation: '语言',
  breadcrumb: '当前位置',
  nav: { home: '首页', news: '新闻', services: '服务', contact: '办公地点与联系方式', social: '社交媒体', atlas: '社交媒体名录' },
  missionPages: {
    about: '关于使馆', 'bilateral-relations': '双边关系', 'trade-investment': '贸易与投资', tourism: '旅游', culture: '文化', study: '留学',
  },
  missionTypes: {
    embassy: '大使馆', 'high-commission': '高级专员署', 'consulate-general': '总领事馆', consulate: '领事馆',
    'permanent-mission': '常驻代表团', delegation: '代表团', 'honorary-consulate': '名誉领事馆',
    'trade-office': '商务文化办事处', 'interests-section': '利益代表处', office: '办事处', other: '其他代表机构',
  },
  serviceCategories: {
    passports: '护照', 'civil-registry': '民事登记', visas: '签证', legalisations: '认证与海牙认证',
    registration: '海外公民登记', voting: '海外投票', assistance: '协助与保护',
    'mobile-consulate': '流动领事服务', notarial: '公证服务', other: '其他服务',
  },
  audiences: { nationals: '本国公民', foreigners: '外国公民' },
  feeds: { rss: '新闻（RSS）', jsonFeed: '新闻（JSON Feed）' },
  relatedBodies: '相关机构',
  sampleData: '演示数据：地址和电话号码均为虚构。',
  home: {
    latestNews: '最新消息', keyServices: '主要服务', openingToday: '今日办公时间',
    closedToday: '今日办公室不对外开放', noHoursToday: '今日不对外办公', emergency: '紧急求助电话',
    emergencyHelp: '供遇到紧急情况的本国公民使用：被捕、事故、死亡或灾害。24小时接听。',
    allNews: '全部新闻', allServices: '全部服务',
  },
  news: {
    title: '新闻', archivePage: (page) => `存档第 ${page} 页`, newer: '较新的新闻', older: '较早的新闻',
    pagination: '分页', published: '发布于', updated: '更新于', topics: '主题', empty: '暂无新闻。', from: '发布机构',
  },
  services: {
    title: '服务', intro: '本馆提供的领事手续和服务。', audience: '适用对象', requirements: '所需材料',
    fee: '费用', free: '免费', processingTime: '办理时间', bookAppointment: '预约', updated: '最后更新', empty: '暂无已发布的服务。',
  },
  appointments: {
    title: '预约', nextAvailable: '最早可预约日期',
    noneAvailable: '预约期内暂无空余名额，每天都会开放新的时段。',
    asOfBuild: '此日期为本页发布时计算所得，预约日历显示当前的空余名额。',
    homeIntro: '需要预约的领事业务可在网上预约。',
  },
  contact: {
    title: '办公地点与联系方式', mainOffice: '主要办公地点', address: '地址', phones: '电话', emergency: '紧急电话（24小时）',
    email: '电子邮件', contactForm: '联系表格', openingHours: '办公时间', closures: '闭馆日期',
    access: '交通指南', map: '位置', mapLink: (office) => `在 OpenStreetMap 上查看${office}`, headOfMission: '馆长', jurisdiction: '领区',
  },
  social: { title: '社交媒体', intro: '本馆的官方账号。', empty: '本馆暂无登记的账号。' },
  notFound: { title: '页面未找到', body: '您查找的页面不存在或已移动。', backHome: '返回首页' },
  atlas: {
    title: '社交媒体名录',
    intro: '网络中每个使馆、领事馆和使团的官方账号，按国家排列。',
    platformTitle: (platform) => `社交媒体名录：${platform}`,
    platformIntro: (platform) => `在 ${platform} 上有账号的使团，按国家排列。`,
    filter: '按平台筛选', allPlatforms: '所有平台', bodies: '外交部及相关机构', byCountry: '按国家', noAccounts: '没有登记的账号。', closed: '已关闭',
    search: '搜索使团、城市或国家', shown: '显示的使团：{count}',
    openData: '开放数据', openDataIntro: '名录和使团目录，可自由再利用。', atlasData: '账号名录', missionsData: '使团目录',
  },
}

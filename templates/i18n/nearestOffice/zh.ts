import type { NearestOfficeMessages } from './messages'

export const zh: NearestOfficeMessages = {
  title: '最近的办事处',
  description: '本网络的使馆、领事馆和办事处，按国家和距离排列。',
  intro: '本网络的所有办事处，按国家排列。根据您的位置或城市，本页可按距离排序。',
  byCountry: '各国办事处',
  finder: {
    heading: '查找离您最近的办事处',
    cityLabel: '您所在的城市',
    cityHint: '如有同名城市，请在逗号后加上国家：“Valencia, 西班牙”。',
    submit: '查找',
    useLocation: '使用我的位置',
    locating: '正在获取您的位置…',
    nearestToPlace: '离{place}最近的办事处',
    nearestToYou: '离您的位置最近的办事处',
    notFound: '未找到名为“{query}”的城市。请尝试附近的大城市，或在列表中查找您的国家。',
    locationFailed: '无法使用您的位置。请输入您所在的城市。',
    loadFailed: '无法加载办事处列表。请在列表中查找您的国家。',
    distance: '{km} 公里',
  },
  contact: '联系方式',
  linkFromContact: '查找本网络最近的办事处',
}

import type { TravelAdviceMessages } from './messages'

export const zh: TravelAdviceMessages = {
  title: '旅行建议',
  intro: '前往各国之前需要了解的信息：安全、入境要求、健康、当地法律和习俗、自然灾害以及求助途径。',
  levels: { 1: '采取一般预防措施', 2: '提高警惕', 3: '重新考虑行程', 4: '请勿前往' },
  levelNumber: (n) => `${n} 级`,
  country: '国家', level: '级别', lastReviewed: '最近审核', lastChange: '最近更改', summary: '摘要',
  parts: { safety: '安全', entry: '入境要求', health: '健康', laws: '当地法律和习俗', hazards: '自然灾害', help: '获取帮助' },
  regions: '级别不同的地区',
  higherInParts: (n) => `部分地区为 ${n} 级`,
  history: '更改记录', major: '重要更改', minor: '次要更改',
  countryTitle: (c) => `旅行建议：${c}`,
  panelHeading: (c) => `${c}旅行建议`,
  panelLink: (c) => `阅读${c}旅行建议`,
  feedsHeading: '关注更改',
  countryFeed: (c) => `重要更改：${c}`,
  allChanges: '所有国家的全部更改',
  majorChanges: '所有国家的重要更改',
  openData: '级别开放数据',
  noAdvice: '尚未发布旅行建议。',
  itemTitle: (c, l) => `${c}：${l}`,
}

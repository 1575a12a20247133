import type { CorpsMessages } from './messages'

export const zh: CorpsMessages = {
  title: '驻本国外交使团和国际组织',
  intro: '在本国获认可的大使馆、领事馆和国际组织办事处，及其馆长和联系方式。',
  byCountry: '按国家',
  precedence: '礼宾顺序',
  precedenceIntro: '外交使团团长按等级和递交国书的日期排列；领馆馆长按等级和获得领事证书的日期排列。',
  views: '名录视图',
  diplomaticCorps: '外交团',
  consularCorps: '领事团',
  organisations: '国际组织',
  organisationsNote: '国际组织之间没有礼宾顺序，按名称排列。',
  kinds: {
    embassy: '大使馆', 'high-commission': '高级专员公署', delegation: '代表团', 'consulate-general': '总领事馆',
    consulate: '领事馆', 'honorary-consulate': '名誉领事馆', 'international-organisation': '国际组织办事处',
  },
  classes: {
    ambassador: '大使', envoy: '公使', 'charge-d-affaires': '常任代办', 'charge-d-affaires-ai': '临时代办',
    'consul-general': '总领事', consul: '领事', 'vice-consul': '副领事', 'consular-agent': '领事代理人', representative: '代表',
  },
  position: '序号', head: '馆长', mission: '使团',
  credentials: '递交国书', exequatur: '领事证书', accredited: '认可', pending: '待定',
  address: '地址', phone: '电话', email: '电子邮件', website: '网站', accounts: '社交媒体', nationalDay: '国庆日',
  openData: '名录开放数据',
  none: '尚未发布任何获认可的使团。',
  sampleEntry: '（示例数据）',
  sampleNotice: '标为示例数据的条目，其地址、电话、姓名和日期均为虚构。',
}

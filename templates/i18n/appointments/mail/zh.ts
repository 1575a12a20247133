import type { AppointmentMailMessages } from './messages'

export const zh: AppointmentMailMessages = {
  subject: {
    confirmed: (ref, service) => `预约成功：${service} — ${ref}`,
    moved: (ref, service) => `预约已更改：${service} — ${ref}`,
    reminder: (ref, service) => `提醒：您明天的预约，${service} — ${ref}`,
    cancelled: (ref, service) => `预约已取消：${service} — ${ref}`,
  },
  greeting: (name) => `${name}，您好：`,
  lead: {
    confirmed: '您的预约已成功。',
    moved: '您的预约已更改。新的日期和时间见下文，原预约不再有效。',
    reminder: '特此提醒您明天的预约。',
    cancelledByStaff: '很抱歉，我们不得不取消您的预约。',
    cancelledByApplicant: '您的预约已按您的要求取消。',
  },
  label: { reference: '编号', service: '事项', office: '办公地点', when: '日期和时间', people: '人数', reason: '原因' },
  localTime: (time, zone) => `${time}（${zone}）`,
  bring: '需携带的材料',
  manage: '如需取消或更改预约，请打开以下链接。请勿转给他人：无需密码即可使用。',
  calendar: '附件可将此预约添加到您的日历。',
  bookAgain: '如需另行预约：',
  signature: (m) => `\n\n--\n${m}\n本邮件涉及您在我们网站上的预约。\n`,
}

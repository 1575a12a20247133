import type { AlertMessages } from './messages'

export const zh: AlertMessages = {
  region: '警报',
  severity: { critical: '紧急警报', warning: '警告', information: '信息' },
  until: (when) => `有效期至 ${when}`,
  feedTitle: (mission) => `${mission}：警报`,
  feedDescription: (mission) => `${mission} 当前有效的警报`,
  emergency: '紧急电话（24小时）',
}

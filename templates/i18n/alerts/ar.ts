import type { AlertMessages } from './messages'

export const ar: AlertMessages = {
  region: 'التنبيهات',
  severity: { critical: 'تنبيه عاجل', warning: 'تحذير', information: 'معلومات' },
  until: (when) => `ساري حتى ${when}`,
  feedTitle: (mission) => `${mission}: التنبيهات`,
  feedDescription: (mission) => `التنبيهات السارية من ${mission}`,
  emergency: 'الطوارئ (24 ساعة)',
}

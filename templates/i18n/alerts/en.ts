import type { AlertMessages } from './messages'

export const en: AlertMessages = {
  region: 'Alerts',
  severity: { critical: 'Critical alert', warning: 'Warning', information: 'Information' },
  until: (when) => `In force until ${when}`,
  feedTitle: (mission) => `${mission}: alerts`,
  feedDescription: (mission) => `Alerts in force from ${mission}`,
  emergency: 'Emergencies (24 hours)',
}

import type { AlertMessages } from './messages'

export const fr: AlertMessages = {
  region: 'Alertes',
  severity: { critical: 'Alerte critique', warning: 'Avertissement', information: 'Information' },
  until: (when) => `En vigueur jusqu’au ${when}`,
  feedTitle: (mission) => `${mission} : alertes`,
  feedDescription: (mission) => `Alertes en vigueur de ${mission}`,
  emergency: 'Urgences (24 h/24)',
}

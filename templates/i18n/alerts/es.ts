import type { AlertMessages } from './messages'

export const es: AlertMessages = {
  region: 'Alertas',
  severity: { critical: 'Alerta crítica', warning: 'Aviso', information: 'Información' },
  until: (when) => `Vigente hasta el ${when}`,
  feedTitle: (mission) => `${mission}: alertas`,
  feedDescription: (mission) => `Alertas vigentes de ${mission}`,
  emergency: 'Emergencias (24 horas)',
}

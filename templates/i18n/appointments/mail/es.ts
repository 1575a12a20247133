import type { AppointmentMailMessages } from './messages'

export const es: AppointmentMailMessages = {
  subject: {
    confirmed: (ref, service) => `Cita reservada: ${service} — ${ref}`,
    moved: (ref, service) => `Cita modificada: ${service} — ${ref}`,
    reminder: (ref, service) => `Recordatorio: su cita de mañana, ${service} — ${ref}`,
    cancelled: (ref, service) => `Cita cancelada: ${service} — ${ref}`,
  },
  greeting: (name) => `Estimado/a ${name}:`,
  lead: {
    confirmed: 'Su cita ha quedado reservada.',
    moved: 'Su cita ha cambiado de fecha. La nueva fecha y hora figuran abajo; la anterior ya no es válida.',
    reminder: 'Le recordamos su cita de mañana.',
    cancelledByStaff: 'Lo sentimos: hemos tenido que cancelar su cita.',
    cancelledByApplicant: 'Su cita ha quedado cancelada, tal como nos pidió.',
  },
  label: { reference: 'Referencia', service: 'Trámite', office: 'Oficina', when: 'Fecha y hora', people: 'Personas', reason: 'Motivo' },
  localTime: (time, zone) => `${time} (${zone})`,
  bring: 'Qué debe traer',
  manage: 'Para cancelar o cambiar su cita, abra este enlace. No lo comparta: funciona sin contraseña.',
  calendar: 'El archivo adjunto añade la cita a su calendario.',
  bookAgain: 'Para reservar otra cita:',
  signature: (m) => `\n\n--\n${m}\nEste mensaje se refiere a una cita reservada en nuestro sitio web.\n`,
}

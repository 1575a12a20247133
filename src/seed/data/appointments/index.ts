import type { AppointmentMission, AppointmentService, BookingSeed } from './types'

export { DEMO_CONSULAR_STAFF, type AppointmentMission, type AppointmentService, type BookingSeed } from './types'

/**
 * Madrid's and Barcelona's consular offices give passport and registration appointments in their
 * opening hours (09:00–14:00, Monday to Friday): 15 minutes each, two counters, up to 60 days
 * ahead, at least 24 hours' notice.
 */
export const SCHEDULE_SETTINGS = { slotMinutes: 15, placesPerSlot: 2, bookAheadDays: 60, minNoticeHours: 24 } as const

export const APPOINTMENT_SCHEDULES: { mission: AppointmentMission; service: AppointmentService }[] = (['madrid', 'barcelona'] as const).flatMap((mission) =>
  (['passport', 'consular-registration'] as const).map((service) => ({ mission, service })),
)

const CANCELLED_BY_APPLICANT = { status: 'cancelled', cancelledBy: 'applicant' } as const

/**
 * About a month of appointments at the two missions the demo editor runs: attended and missed
 * ones over the last weeks (so the no-show rate and the slots used are real figures), today's
 * list, and the next two weeks, with one slot full and cancellations that gave places back.
 */
export const BOOKINGS: BookingSeed[] = [
  // Madrid, passports.
  { key: 'mad-pas-01', mission: 'madrid', service: 'passport', day: -18, time: '09:15', place: 1, bookedDaysBefore: 12, locale: 'es', name: 'Rosa Elena Pazmiño', email: 'rosa.pazmino@example.org', documentNumber: 'SAMPLE-1001', people: 1, status: 'attended' },
  { key: 'mad-pas-02', mission: 'madrid', service: 'passport', day: -16, time: '10:30', place: 1, bookedDaysBefore: 9, locale: 'es', name: 'Diego Armijos Cevallos', email: 'diego.armijos@example.com', people: 1, status: 'attended' },
  { key: 'mad-pas-03', mission: 'madrid', service: 'passport', day: -15, time: '11:00', place: 2, bookedDaysBefore: 20, locale: 'es', name: 'Katherine Loor Mendoza', email: 'katherine.loor@example.org', people: 1, status: 'no-show' },
  { key: 'mad-pas-04', mission: 'madrid', service: 'passport', day: -12, time: '09:00', place: 1, bookedDaysBefore: 6, locale: 'es', name: 'Wilson Chicaiza Toapanta', email: 'wilson.chicaiza@example.com', phone: '+34 600 555 014', people: 1, status: 'attended' },
  { key: 'mad-pas-05', mission: 'madrid', service: 'passport', day: -9, time: '12:15', place: 1, bookedDaysBefore: 4, locale: 'en', name: 'Emily Carter Mora', email: 'emily.carter@example.com', documentNumber: 'SAMPLE-1005', people: 1, status: 'attended' },
  { key: 'mad-pas-06', mission: 'madrid', service: 'passport', day: -7, time: '09:45', place: 1, bookedDaysBefore: 15, locale: 'es', name: 'Patricio Vinueza Haro', email: 'patricio.vinueza@example.org', people: 1, ...CANCELLED_BY_APPLICANT, cancelledDaysBefore: 2 },
  { key: 'mad-pas-07', mission: 'madrid', service: 'passport', day: -5, time: '10:00', place: 1, bookedDaysBefore: 11, locale: 'es', name: 'Gabriela Yépez Ortiz', email: 'gabriela.yepez@example.org', people: 1, status: 'no-show' },
  { key: 'mad-pas-08', mission: 'madrid', service: 'passport', day: -3, time: '13:30', place: 2, bookedDaysBefore: 3, locale: 'es', name: 'Marco Antonio Sarango', email: 'marco.sarango@example.com', people: 2, status: 'attended' },
  { key: 'mad-pas-09', mission: 'madrid', service: 'passport', day: -1, time: '11:15', place: 1, bookedDaysBefore: 8, locale: 'es', name: 'Silvia Cárdenas Ruiz', email: 'silvia.cardenas@example.org', documentNumber: 'SAMPLE-1009', people: 1, status: 'attended' },
  { key: 'mad-pas-10', mission: 'madrid', service: 'passport', day: 0, time: '09:30', place: 1, bookedDaysBefore: 7, locale: 'es', name: 'Fernando Guamán Pilco', email: 'fernando.guaman@example.com', people: 1, status: 'booked' },
  { key: 'mad-pas-11', mission: 'madrid', service: 'passport', day: 0, time: '12:00', place: 1, bookedDaysBefore: 3, locale: 'es', name: 'Verónica Lema Quinde', email: 'veronica.lema@example.org', phone: '+34 600 555 021', people: 2, status: 'booked' },
  // Both counters of one slot taken: the booking pages show it full.
  { key: 'mad-pas-12', mission: 'madrid', service: 'passport', day: 2, time: '10:00', place: 1, bookedDaysBefore: 6, locale: 'es', name: 'Andrea Jaramillo Ochoa', email: 'andrea.jaramillo@example.org', people: 1, status: 'booked' },
  { key: 'mad-pas-13', mission: 'madrid', service: 'passport', day: 2, time: '10:00', place: 2, bookedDaysBefore: 5, locale: 'en', name: 'Samuel Okafor Reyes', email: 'samuel.okafor@example.com', documentNumber: 'SAMPLE-1013', people: 1, status: 'booked' },
  {
    key: 'mad-pas-14', mission: 'madrid', service: 'passport', day: 4, time: '11:45', place: 1, bookedDaysBefore: 10, locale: 'es', name: 'Iván Proaño Castillo', email: 'ivan.proano@example.com', people: 1,
    status: 'cancelled', cancelledBy: 'staff', cancelledDaysBefore: 5, reason: 'Cita duplicada: ya tiene otra cita para la renovación del pasaporte el mismo mes.',
  },
  { key: 'mad-pas-15', mission: 'madrid', service: 'passport', day: 6, time: '09:00', place: 1, bookedDaysBefore: 9, locale: 'es', name: 'Luis Enrique Tenesaca', email: 'luis.tenesaca@example.org', people: 1, status: 'booked' },
  { key: 'mad-pas-16', mission: 'madrid', service: 'passport', day: 9, time: '13:15', place: 2, bookedDaysBefore: 11, locale: 'es', name: 'Carla Benítez Murillo', email: 'carla.benitez@example.org', people: 1, status: 'booked' },

  // Madrid, registration of nationals.
  { key: 'mad-reg-01', mission: 'madrid', service: 'consular-registration', day: -14, time: '10:15', place: 1, bookedDaysBefore: 5, locale: 'es', name: 'Julio César Anchundia', email: 'julio.anchundia@example.com', people: 1, status: 'attended' },
  { key: 'mad-reg-02', mission: 'madrid', service: 'consular-registration', day: -8, time: '09:30', place: 1, bookedDaysBefore: 14, locale: 'es', name: 'Mayra Quiroz Bravo', email: 'mayra.quiroz@example.org', people: 1, status: 'no-show' },
  { key: 'mad-reg-03', mission: 'madrid', service: 'consular-registration', day: -4, time: '12:30', place: 1, bookedDaysBefore: 6, locale: 'es', name: 'Byron Cedeño Zambrano', email: 'byron.cedeno@example.com', people: 1, status: 'attended' },
  { key: 'mad-reg-04', mission: 'madrid', service: 'consular-registration', day: 1, time: '09:15', place: 1, bookedDaysBefore: 8, locale: 'es', name: 'Nelly Tipán Guanoluisa', email: 'nelly.tipan@example.org', phone: '+34 600 555 034', people: 3, status: 'booked' },
  { key: 'mad-reg-05', mission: 'madrid', service: 'consular-registration', day: 5, time: '10:45', place: 1, bookedDaysBefore: 12, locale: 'en', name: 'Cristian Paredes Alvarado', email: 'cristian.paredes@example.com', people: 1, status: 'booked' },
  { key: 'mad-reg-06', mission: 'madrid', service: 'consular-registration', day: 8, time: '11:30', place: 1, bookedDaysBefore: 13, locale: 'es', name: 'Paola Montalvo Ríos', email: 'paola.montalvo@example.org', people: 1, ...CANCELLED_BY_APPLICANT, cancelledDaysBefore: 6 },

  // Barcelona, passports.
  { key: 'bcn-pas-01', mission: 'barcelona', service: 'passport', day: -17, time: '09:00', place: 1, bookedDaysBefore: 10, locale: 'es', name: 'Jenny Castro Villacís', email: 'jenny.castro@example.org', people: 1, status: 'attended' },
  { key: 'bcn-pas-02', mission: 'barcelona', service: 'passport', day: -13, time: '10:00', place: 2, bookedDaysBefore: 7, locale: 'es', name: 'Oswaldo Chávez Intriago', email: 'oswaldo.chavez@example.com', documentNumber: 'SAMPLE-2002', people: 1, status: 'attended' },
  { key: 'bcn-pas-03', mission: 'barcelona', service: 'passport', day: -10, time: '11:30', place: 1, bookedDaysBefore: 16, locale: 'es', name: 'Mónica Herrera Salazar', email: 'monica.herrera@example.org', people: 1, status: 'no-show' },
  { key: 'bcn-pas-04', mission: 'barcelona', service: 'passport', day: -6, time: '09:45', place: 1, bookedDaysBefore: 4, locale: 'en', name: 'Laura Bennett Ortega', email: 'laura.bennett@example.com', people: 1, status: 'attended' },
  { key: 'bcn-pas-05', mission: 'barcelona', service: 'passport', day: -2, time: '12:45', place: 1, bookedDaysBefore: 9, locale: 'es', name: 'Ángel Moreira Vera', email: 'angel.moreira@example.org', people: 1, status: 'no-show' },
  { key: 'bcn-pas-06', mission: 'barcelona', service: 'passport', day: 0, time: '10:15', place: 1, bookedDaysBefore: 5, locale: 'es', name: 'Pamela Rivadeneira Loja', email: 'pamela.rivadeneira@example.org', people: 1, status: 'booked' },
  { key: 'bcn-pas-07', mission: 'barcelona', service: 'passport', day: 1, time: '09:30', place: 1, bookedDaysBefore: 6, locale: 'es', name: 'Edison Suquilanda Ruiz', email: 'edison.suquilanda@example.com', phone: '+34 600 555 047', people: 1, status: 'booked' },
  { key: 'bcn-pas-08', mission: 'barcelona', service: 'passport', day: 3, time: '12:00', place: 2, bookedDaysBefore: 8, locale: 'es', name: 'Tatiana Espinoza Galarza', email: 'tatiana.espinoza@example.org', people: 1, status: 'booked' },
  { key: 'bcn-pas-09', mission: 'barcelona', service: 'passport', day: 7, time: '10:30', place: 1, bookedDaysBefore: 10, locale: 'en', name: 'Sofía Albán Hughes', email: 'sofia.alban@example.com', documentNumber: 'SAMPLE-2009', people: 2, status: 'booked' },
  { key: 'bcn-pas-10', mission: 'barcelona', service: 'passport', day: 10, time: '09:00', place: 1, bookedDaysBefore: 12, locale: 'es', name: 'Ricardo Pinto Sánchez', email: 'ricardo.pinto@example.org', people: 1, ...CANCELLED_BY_APPLICANT, cancelledDaysBefore: 4 },

  // Barcelona, registration of nationals.
  { key: 'bcn-reg-01', mission: 'barcelona', service: 'consular-registration', day: -11, time: '13:00', place: 1, bookedDaysBefore: 6, locale: 'es', name: 'Lorena Vásquez Toro', email: 'lorena.vasquez@example.org', people: 1, status: 'attended' },
  { key: 'bcn-reg-02', mission: 'barcelona', service: 'consular-registration', day: -5, time: '09:15', place: 1, bookedDaysBefore: 3, locale: 'es', name: 'Xavier Coronel Mejía', email: 'xavier.coronel@example.com', people: 1, status: 'attended' },
  { key: 'bcn-reg-03', mission: 'barcelona', service: 'consular-registration', day: 2, time: '11:00', place: 1, bookedDaysBefore: 9, locale: 'es', name: 'Diana Ortega Cueva', email: 'diana.ortega@example.org', people: 1, status: 'booked' },
  { key: 'bcn-reg-04', mission: 'barcelona', service: 'consular-registration', day: 6, time: '12:15', place: 1, bookedDaysBefore: 7, locale: 'es', name: 'Héctor Quimí Pozo', email: 'hector.quimi@example.com', people: 1, status: 'booked' },
]

import type { EnquirySeed } from './types'

const MADRID_EDITOR = 'madrid@chancery.example'

/**
 * The demo mission editor's two missions. Madrid mostly keeps the promise; Barcelona is often
 * late, so the audit has a contrast to show between two missions one person answers for.
 */
export const SPAIN_ENQUIRIES: EnquirySeed[] = [
  {
    key: 'madrid-passport-renewal', mission: 'madrid', topic: 'consular', locale: 'es',
    name: 'Lucía Andrade Vera', email: 'lucia.andrade@example.org', daysAgo: 84.3,
    message: 'Buenos días. Mi pasaporte caduca en dos meses y vivo en Toledo. ¿Puedo renovarlo en la embajada sin cita previa o tengo que pedirla por internet?',
    status: 'closed', closedAfterDays: 6,
    reply: {
      by: MADRID_EDITOR, workingDays: 1, hours: 3,
      text: 'Estimada señora Andrade: la renovación del pasaporte requiere cita previa, que puede pedir en la sección de servicios de nuestra web. Traiga el pasaporte actual y su cédula. Un saludo cordial.',
    },
    survey: { rating: 5, resolved: true, comment: 'Muy clara la respuesta, gracias.', daysAfterReply: 2.1 },
  },
  {
    key: 'madrid-birth-registration', mission: 'madrid', topic: 'consular', locale: 'es',
    name: 'Jorge Quishpe Tapia', email: 'jorge.quishpe@example.com', daysAgo: 71.6,
    message: 'Nuestra hija nació en Madrid el mes pasado. ¿Qué documentos necesitamos para inscribirla como ecuatoriana?',
    status: 'closed', closedAfterDays: 12,
    reply: {
      by: MADRID_EDITOR, workingDays: 2, hours: 5,
      text: 'Estimado señor Quishpe: necesitan el certificado literal de nacimiento español, las cédulas o pasaportes de ambos padres y el formulario de inscripción. La inscripción es gratuita. Felicidades por el nacimiento.',
    },
    survey: { rating: 4, resolved: true, daysAfterReply: 5.4 },
  },
  {
    key: 'madrid-residence-visa', mission: 'madrid', topic: 'visas', locale: 'en',
    name: 'Hannah Whitfield', email: 'hannah.whitfield@example.com', daysAgo: 58.2,
    message: 'I am a British citizen living in Madrid and have been offered a job in Quito. Which residence visa should I apply for, and can I apply here?',
    status: 'answered',
    reply: {
      by: MADRID_EDITOR, workingDays: 6, hours: 2,
      text: 'Dear Ms Whitfield, apologies for the delay. With a job offer you may apply for a work residence visa, online or at this embassy, as a resident of Spain. The requirements are listed on our residence visa page.',
    },
    survey: { rating: 2, resolved: false, comment: 'The answer came after my appointment date.', daysAfterReply: 1.3 },
  },
  {
    key: 'madrid-trade-mission', mission: 'madrid', topic: 'trade', locale: 'es',
    name: 'Rosa Elena Cevallos', email: 'rosa.cevallos@example.com', daysAgo: 43.7,
    message: 'Represento a una cooperativa de cacao fino de aroma de Esmeraldas. ¿Organiza la embajada encuentros con importadores españoles?',
    status: 'answered',
    reply: {
      by: MADRID_EDITOR, workingDays: 1, hours: 4,
      text: 'Estimada señora Cevallos: sí, la oficina comercial organiza ruedas de negocios dos veces al año. Le hemos inscrito en la lista de distribución y le escribirá nuestra consejera comercial.',
    },
    survey: { rating: 4, resolved: true, daysAfterReply: 3.2 },
  },
  {
    key: 'madrid-cultural-week', mission: 'madrid', topic: 'culture', locale: 'es',
    name: 'Daniel Moreno Ruiz', email: 'daniel.moreno@example.org', daysAgo: 29.4,
    message: 'Soy profesor de un instituto de Alcalá. ¿Podrían prestarnos material sobre Ecuador para una semana cultural con nuestros alumnos?',
    status: 'answered',
    reply: {
      by: MADRID_EDITOR, workingDays: 0, hours: 5,
      text: 'Estimado profesor Moreno: con mucho gusto. Podemos prestarles una exposición fotográfica sobre las Galápagos y material didáctico. Indíquenos las fechas y coordinamos la entrega.',
    },
  },
  {
    key: 'madrid-press-accreditation', mission: 'madrid', topic: 'press', locale: 'en',
    name: 'Oliver Grant', email: 'oliver.grant@example.com', daysAgo: 15.1,
    message: 'I am a freelance journalist covering the ambassador’s lecture next week. How do I get press accreditation?',
    status: 'answered',
    reply: {
      by: MADRID_EDITOR, workingDays: 2, hours: 1,
      text: 'Dear Mr Grant, please send a copy of your press card and the outlet you are writing for to this address; we will confirm your accreditation the day before the lecture.',
    },
    survey: { rating: 5, resolved: true, comment: 'Quick and precise.', daysAfterReply: 0.6 },
  },
  {
    key: 'madrid-power-of-attorney', mission: 'madrid', topic: 'consular', locale: 'es',
    name: 'Patricia Guamán', email: 'patricia.guaman@example.org', daysAgo: 12.5,
    message: 'Necesito otorgar un poder a mi hermano en Cuenca para vender un terreno. ¿Se puede hacer en la embajada y cuánto cuesta?',
    status: 'in-progress', assignee: MADRID_EDITOR,
    internalNotes: 'Pendiente de que la sección consular confirme si el poder para compraventa necesita minuta de abogado.',
  },
  {
    key: 'madrid-lost-passport', mission: 'madrid', topic: 'consular', locale: 'es',
    name: 'Andrés Salazar Mena', email: 'andres.salazar@example.com', daysAgo: 9.8,
    message: 'Me robaron el pasaporte en el metro y viajo a Guayaquil en tres semanas. ¿Qué tengo que hacer?',
    status: 'new',
  },
  {
    key: 'madrid-voter-registry', mission: 'madrid', topic: 'other', locale: 'es',
    name: 'Carmen Loor', email: 'carmen.loor@example.org', daysAgo: 0.4,
    message: 'Me mudé de Sevilla a Madrid. ¿Cómo cambio mi domicilio electoral para votar en las próximas elecciones?',
    status: 'new',
  },

  {
    key: 'barcelona-consular-registration', mission: 'barcelona', topic: 'consular', locale: 'es',
    name: 'Mónica Herrera Pazmiño', email: 'monica.herrera@example.org', daysAgo: 88,
    message: 'Acabo de llegar a Barcelona por estudios. ¿Tengo que registrarme en el consulado y cómo lo hago?',
    status: 'closed', closedAfterDays: 5,
    reply: {
      by: MADRID_EDITOR, workingDays: 7, hours: 3,
      text: 'Estimada señora Herrera: disculpe la demora. El registro consular es voluntario y gratuito; puede hacerlo en línea con su cédula y un justificante de domicilio en Barcelona.',
    },
    survey: { rating: 2, resolved: true, comment: 'Resuelto, pero tardaron más de una semana en responder.', daysAfterReply: 4.2 },
  },
  {
    key: 'barcelona-legalisation', mission: 'barcelona', topic: 'consular', locale: 'es',
    name: 'Luis Alberto Chiriboga', email: 'luis.chiriboga@example.com', daysAgo: 63.5,
    message: '¿Pueden legalizar en el consulado un título universitario español para presentarlo en Ecuador?',
    status: 'closed', closedAfterDays: 3,
    reply: {
      by: MADRID_EDITOR, workingDays: 1, hours: 2,
      text: 'Estimado señor Chiriboga: los documentos españoles se apostillan en España y no necesitan legalización consular. Puede pedir la apostilla en el Ministerio de Justicia.',
    },
    survey: { rating: 5, resolved: true, daysAfterReply: 1.8 },
  },
  {
    key: 'barcelona-student-visa', mission: 'barcelona', topic: 'visas', locale: 'en',
    name: 'Jordi Vidal', email: 'jordi.vidal@example.com', daysAgo: 47.9,
    message: 'I will spend a semester at a university in Quito. Do I need a visa for five months, and how long does it take?',
    status: 'answered',
    reply: {
      by: MADRID_EDITOR, workingDays: 8, hours: 4,
      text: 'Dear Mr Vidal, for a stay of five months you need a student residence visa. Processing takes about 15 working days once the file is complete.',
    },
    survey: { rating: 1, resolved: false, comment: 'No one answered my follow-up question.', daysAfterReply: 6.5 },
  },
  {
    key: 'barcelona-trade-fair', mission: 'barcelona', topic: 'trade', locale: 'es',
    name: 'Valeria Ortiz Jaramillo', email: 'valeria.ortiz@example.org', daysAgo: 33.2,
    message: 'Queremos exponer flores ecuatorianas en una feria de Barcelona. ¿El consulado apoya con stands o contactos?',
    status: 'answered',
    reply: {
      by: MADRID_EDITOR, workingDays: 5, hours: 6,
      text: 'Estimada señora Ortiz: el consulado no financia stands, pero la oficina comercial puede presentarle a los organizadores y a importadores del sector. Le escribiremos con los contactos.',
    },
  },
  {
    key: 'barcelona-mobile-consulate', mission: 'barcelona', topic: 'consular', locale: 'es',
    name: 'Fernando Paredes', email: 'fernando.paredes@example.com', daysAgo: 18.6,
    message: 'Vivo en Girona. ¿Cuándo vendrá el consulado móvil y se podrá renovar el pasaporte allí?',
    status: 'in-progress', assignee: MADRID_EDITOR,
    internalNotes: 'Fechas del próximo consulado móvil aún sin confirmar; responder cuando se publique el calendario.',
  },
  {
    key: 'barcelona-exhibition', mission: 'barcelona', topic: 'culture', locale: 'en',
    name: 'Emma Clarke', email: 'emma.clarke@example.org', daysAgo: 2.3,
    message: 'Our gallery would like to show works by Ecuadorian painters living in Catalonia. Could the consulate help us reach them?',
    status: 'new',
  },
]

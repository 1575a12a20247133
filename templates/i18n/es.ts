import type { Messages } from './messages'

export const es: Messages = {
  skipToContent: 'Saltar al contenido principal',
  primaryNavigation: 'Navegación principal',
  languageNavigation: 'Idioma',
  breadcrumb: 'Ruta de navegación',
  nav: { home: 'Inicio', news: 'Noticias', services: 'Servicios', contact: 'Oficinas y contacto', social: 'Redes sociales', atlas: 'Atlas de redes' },
  missionPages: {
    about: 'La misión', 'bilateral-relations': 'Relaciones bilaterales', 'trade-investment': 'Comercio e inversiones',
    tourism: 'Turismo', culture: 'Cultura', study: 'Estudiar',
  },
  missionTypes: {
    embassy: 'Embajada', 'high-commission': 'Alta Comisión', 'consulate-general': 'Consulado General', consulate: 'Consulado',
    'permanent-mission': 'Misión Permanente', delegation: 'Delegación', 'honorary-consulate': 'Consulado Honorario',
    'trade-office': 'Oficina Comercial y Cultural', 'interests-section': 'Sección de Intereses', office: 'Oficina', other: 'Otra representación',
  },
  serviceCategories: {
    passports: 'Pasaportes', 'civil-registry': 'Registro civil', visas: 'Visados', legalisations: 'Legalizaciones y apostillas',
    registration: 'Registro de nacionales en el exterior', voting: 'Voto en el exterior', assistance: 'Asistencia y protección',
    'mobile-consulate': 'Consulado móvil', notarial: 'Servicios notariales', other: 'Otros servicios',
  },
  audiences: { nationals: 'Nacionales', foreigners: 'Extranjeros' },
  feeds: { rss: 'Noticias (RSS)', jsonFeed: 'Noticias (JSON Feed)' },
  relatedBodies: 'Instituciones relacionadas',
  sampleData: 'Datos de demostración: las direcciones y los números son inventados.',
  home: {
    latestNews: 'Últimas noticias', keyServices: 'Servicios principales', openingToday: 'Horario de hoy',
    closedToday: 'Hoy la oficina está cerrada', noHoursToday: 'Hoy no hay atención al público', emergency: 'Teléfono de emergencia',
    emergencyHelp: 'Para nacionales en emergencia: detención, accidente, fallecimiento o desastre. Atención las 24 horas.',
    allNews: 'Todas las noticias', allServices: 'Todos los servicios',
  },
  news: {
    title: 'Noticias', archivePage: (page) => `Archivo, página ${page}`, newer: 'Noticias más recientes', older: 'Noticias anteriores',
    pagination: 'Paginación', published: 'Publicado', updated: 'Actualizado', topics: 'Temas', empty: 'Todavía no hay noticias.', from: 'Publicado por',
  },
  services: {
    title: 'Servicios', intro: 'Trámites consulares y servicios que ofrece esta misión.', audience: 'Dirigido a', requirements: 'Requisitos',
    fee: 'Tasa', free: 'Gratuito', processingTime: 'Plazo', bookAppointment: 'Pedir cita', updated: 'Última actualización', empty: 'No hay servicios publicados.',
  },
  appointments: {
    title: 'Citas', nextAvailable: 'Próxima cita disponible',
    noneAvailable: 'Ahora mismo no quedan citas libres en el periodo de reserva; cada día se abren nuevas.',
    asOfBuild: 'Fecha calculada al publicar esta página; el calendario de citas muestra la disponibilidad de este momento.',
    homeIntro: 'Pida cita en línea para los trámites consulares que la requieren.',
  },
  contact: {
    title: 'Oficinas y contacto', mainOffice: 'Oficina principal', address: 'Dirección', phones: 'Teléfonos', emergency: 'Emergencias (24 horas)',
    email: 'Correo electrónico', contactForm: 'Formulario de contacto', openingHours: 'Horario de atención', closures: 'Días de cierre',
    access: 'Cómo llegar', map: 'Ubicación', mapLink: (office) => `Ver ${office} en OpenStreetMap`, headOfMission: 'Jefatura de la misión', jurisdiction: 'Circunscripción',
  },
  social: { title: 'Redes sociales', intro: 'Cuentas oficiales de esta misión.', empty: 'Esta misión no tiene cuentas registradas.' },
  notFound: { title: 'Página no encontrada', body: 'La página que busca no existe o ha cambiado de dirección.', backHome: 'Volver al inicio' },
  atlas: {
    title: 'Atlas de redes sociales',
    intro: 'Las cuentas oficiales de cada embajada, consulado y misión de la red, por país.',
    platformTitle: (platform) => `Atlas de redes sociales: ${platform}`,
    platformIntro: (platform) => `Las misiones con cuenta en ${platform}, por país.`,
    filter: 'Filtrar por plataforma', allPlatforms: 'Todas las plataformas', bodies: 'El ministerio y entidades relacionadas', byCountry: 'Por país', noAccounts: 'Sin cuentas registradas.', closed: 'cerrada',
    search: 'Buscar misión, ciudad o país', shown: 'Misiones mostradas: {count}',
    openData: 'Datos abiertos', openDataIntro: 'El atlas y el directorio de misiones, para reutilizar libremente.', atlasData: 'Atlas de cuentas', missionsData: 'Directorio de misiones',
  },
}

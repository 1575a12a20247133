import type { ReleaseTemplate } from './types'

export type MinistryReleaseSeed = ReleaseTemplate & {
  daysAgo: number
  /** 'all': on every mission's site; 'selected': on the listed missions' sites only. */
  syndication: 'all' | 'selected'
  syndicatedTo?: string[]
}

/** The ministry's own releases: general consular news, written in every language of the network. */
export const MINISTRY_NEWS: MinistryReleaseSeed[] = [
  {
    slug: 'campana-registro-consular',
    daysAgo: 3,
    syndication: 'all',
    topics: ['consular-services', 'human-mobility'],
    image: 'ministry',
    text: {
      es: {
        title: 'Campaña de registro consular para ecuatorianos en el exterior',
        summary: 'La Cancillería invita a los ecuatorianos que viven fuera del país a registrarse en su consulado.',
        paragraphs: [
          'El registro consular permite localizar y asistir a los ciudadanos en situaciones de emergencia y mantenerlos informados.',
          'El trámite es gratuito y puede hacerse en línea o en cualquier oficina consular.',
        ],
      },
      en: {
        title: 'Consular registration campaign for Ecuadorians abroad',
        summary: 'The Foreign Ministry invites Ecuadorians living abroad to register with their consulate.',
        paragraphs: [
          'Consular registration makes it possible to find and assist citizens in an emergency and keep them informed.',
          'It is free and can be done online or at any consular office.',
        ],
      },
      fr: {
        title: 'Campagne d’inscription consulaire pour les Équatoriens à l’étranger',
        summary: 'La Chancellerie invite les Équatoriens vivant hors du pays à s’inscrire auprès de leur consulat.',
        paragraphs: [
          'L’inscription consulaire permet de localiser et d’assister les citoyens en cas d’urgence et de les tenir informés.',
          'La démarche est gratuite et peut se faire en ligne ou dans tout bureau consulaire.',
        ],
      },
      zh: {
        title: '海外厄瓜多尔公民领事登记活动',
        summary: '外交部邀请旅居海外的厄瓜多尔公民到所在地领事馆进行登记。',
        paragraphs: ['领事登记有助于在紧急情况下找到并协助公民，并及时向他们通报信息。', '登记免费，可在网上或任何领事办公室办理。'],
      },
      ar: {
        title: 'حملة التسجيل القنصلي للإكوادوريين في الخارج',
        summary: 'تدعو وزارة الخارجية الإكوادوريين المقيمين خارج البلاد إلى التسجيل لدى قنصلياتهم.',
        paragraphs: [
          'يتيح التسجيل القنصلي تحديد أماكن المواطنين ومساعدتهم في حالات الطوارئ وإبقاءهم على اطلاع.',
          'الإجراء مجاني ويمكن إتمامه عبر الإنترنت أو في أي مكتب قنصلي.',
        ],
      },
    },
  },
  {
    slug: 'renovacion-pasaporte-antes-de-viajar',
    daysAgo: 21,
    syndication: 'all',
    topics: ['consular-services'],
    image: 'consular',
    text: {
      es: {
        title: 'Renueve su pasaporte con tiempo antes de viajar',
        summary: 'Muchos países exigen que el pasaporte tenga al menos seis meses de vigencia a la entrada.',
        paragraphs: ['Revise la fecha de caducidad de su pasaporte y solicite una cita con antelación en su oficina consular.'],
      },
      en: {
        title: 'Renew your passport in good time before travelling',
        summary: 'Many countries require a passport to be valid for at least six months on entry.',
        paragraphs: ['Check your passport’s expiry date and book an appointment at your consular office early.'],
      },
      fr: {
        title: 'Renouvelez votre passeport à temps avant de voyager',
        summary: 'De nombreux pays exigent un passeport valide au moins six mois à l’entrée.',
        paragraphs: ['Vérifiez la date d’expiration de votre passeport et prenez rendez-vous à l’avance auprès de votre bureau consulaire.'],
      },
      zh: {
        title: '出行前请及早更换护照',
        summary: '许多国家要求入境时护照有效期不少于六个月。',
        paragraphs: ['请核对护照有效期，并提前向所在地领事办公室预约。'],
      },
      ar: {
        title: 'جددوا جوازات سفركم قبل السفر بوقت كافٍ',
        summary: 'تشترط دول كثيرة أن يكون جواز السفر ساريًا لمدة ستة أشهر على الأقل عند الدخول.',
        paragraphs: ['تحققوا من تاريخ انتهاء جواز سفركم واحجزوا موعدًا مبكرًا في مكتبكم القنصلي.'],
      },
    },
  },
  {
    slug: 'directorio-redes-sociales',
    daysAgo: 37,
    syndication: 'all',
    topics: ['diplomacy'],
    text: {
      es: {
        title: 'La Cancillería publica el directorio de redes sociales de sus misiones',
        summary: 'Un solo directorio reúne las cuentas oficiales de embajadas y consulados en redes sociales.',
        paragraphs: ['El directorio ayuda a distinguir las cuentas oficiales de las falsas.', 'Cada misión mantiene sus enlaces actualizados.'],
      },
      en: {
        title: 'The Foreign Ministry publishes the directory of its missions’ social accounts',
        summary: 'One directory brings together the official social media accounts of embassies and consulates.',
        paragraphs: ['The directory helps tell official accounts from fake ones.', 'Each mission keeps its own links up to date.'],
      },
      fr: {
        title: 'La Chancellerie publie l’annuaire des réseaux sociaux de ses missions',
        summary: 'Un annuaire unique réunit les comptes officiels des ambassades et consulats sur les réseaux sociaux.',
        paragraphs: ['L’annuaire aide à distinguer les comptes officiels des faux comptes.', 'Chaque mission tient ses liens à jour.'],
      },
      zh: {
        title: '外交部发布驻外使领馆社交媒体账号目录',
        summary: '一份目录汇集了各使领馆的官方社交媒体账号。',
        paragraphs: ['该目录有助于辨别官方账号与虚假账号。', '各使领馆负责及时更新各自的链接。'],
      },
      ar: {
        title: 'وزارة الخارجية تنشر دليل حسابات بعثاتها على وسائل التواصل الاجتماعي',
        summary: 'دليل واحد يجمع الحسابات الرسمية للسفارات والقنصليات على وسائل التواصل الاجتماعي.',
        paragraphs: ['يساعد الدليل على التمييز بين الحسابات الرسمية والمزيفة.', 'تتولى كل بعثة تحديث روابطها.'],
      },
    },
  },
  {
    slug: 'carta-de-servicios',
    daysAgo: 58,
    syndication: 'all',
    topics: ['consular-services'],
    text: {
      es: {
        title: 'Nueva carta de servicios al ciudadano',
        summary: 'La Cancillería publica sus compromisos de calidad en la atención consular.',
        paragraphs: [
          'La carta fija plazos de respuesta, la publicación de requisitos y tasas y la atención de emergencias las 24 horas.',
          'Sus sugerencias y quejas pueden enviarse a cualquier oficina consular.',
        ],
      },
      en: {
        title: 'New citizen service charter',
        summary: 'The Foreign Ministry publishes its quality commitments for consular services.',
        paragraphs: [
          'The charter sets response times, the publication of requirements and fees, and 24-hour emergency assistance.',
          'Suggestions and complaints can be sent to any consular office.',
        ],
      },
      fr: {
        title: 'Nouvelle charte de service aux citoyens',
        summary: 'La Chancellerie publie ses engagements de qualité pour les services consulaires.',
        paragraphs: [
          'La charte fixe les délais de réponse, la publication des conditions et tarifs et l’assistance d’urgence 24 h/24.',
          'Suggestions et réclamations peuvent être adressées à tout bureau consulaire.',
        ],
      },
      zh: {
        title: '新版公民服务承诺发布',
        summary: '外交部公布领事服务质量承诺。',
        paragraphs: ['承诺规定了答复时限、要求和收费的公开以及24小时紧急协助。', '建议和投诉可提交至任何领事办公室。'],
      },
      ar: {
        title: 'ميثاق جديد لخدمة المواطنين',
        summary: 'تنشر وزارة الخارجية التزاماتها بجودة الخدمات القنصلية.',
        paragraphs: ['يحدد الميثاق مواعيد الرد ونشر الشروط والرسوم والمساعدة الطارئة على مدار الساعة.', 'يمكن إرسال الاقتراحات والشكاوى إلى أي مكتب قنصلي.'],
      },
    },
  },
  {
    slug: 'alerta-citas-gratuitas',
    daysAgo: 76,
    syndication: 'all',
    topics: ['consular-services'],
    text: {
      es: {
        title: 'Alerta: las citas consulares son gratuitas',
        summary: 'La Cancillería advierte sobre intermediarios que cobran por conseguir citas consulares.',
        paragraphs: ['Las citas solo se obtienen en el sistema oficial y no tienen costo.', 'Si alguien le pide dinero por una cita, denúncielo a su oficina consular.'],
      },
      en: {
        title: 'Warning: consular appointments are free',
        summary: 'The Foreign Ministry warns against intermediaries who charge for consular appointments.',
        paragraphs: ['Appointments are only available through the official system and cost nothing.', 'If anyone asks you for money for an appointment, report it to your consular office.'],
      },
      fr: {
        title: 'Alerte : les rendez-vous consulaires sont gratuits',
        summary: 'La Chancellerie met en garde contre les intermédiaires qui font payer les rendez-vous consulaires.',
        paragraphs: [
          'Les rendez-vous s’obtiennent uniquement via le système officiel et sont gratuits.',
          'Si quelqu’un vous demande de l’argent pour un rendez-vous, signalez-le à votre bureau consulaire.',
        ],
      },
      zh: {
        title: '提醒：领事预约免费',
        summary: '外交部提醒公众警惕收费代办领事预约的中介。',
        paragraphs: ['预约只能通过官方系统办理，且不收取任何费用。', '如有人以预约为由向您收费，请向所在地领事办公室举报。'],
      },
      ar: {
        title: 'تنبيه: المواعيد القنصلية مجانية',
        summary: 'تحذر وزارة الخارجية من الوسطاء الذين يتقاضون أموالًا مقابل الحصول على مواعيد قنصلية.',
        paragraphs: ['لا تُحجز المواعيد إلا عبر النظام الرسمي وهي مجانية.', 'إذا طلب منكم أحد مالًا مقابل موعد، أبلغوا مكتبكم القنصلي.'],
      },
    },
  },
  {
    slug: 'canales-de-emergencia',
    daysAgo: 104,
    syndication: 'all',
    topics: ['human-mobility', 'consular-services'],
    text: {
      es: {
        title: 'Canales de emergencia para ecuatorianos en el exterior',
        summary: 'Cada misión dispone de un número de emergencia que atiende las 24 horas.',
        paragraphs: ['Guarde en su teléfono el número de emergencia de la misión más cercana antes de viajar.'],
      },
      en: {
        title: 'Emergency channels for Ecuadorians abroad',
        summary: 'Every mission has an emergency number answered 24 hours a day.',
        paragraphs: ['Save the emergency number of your nearest mission in your phone before you travel.'],
      },
      fr: {
        title: 'Canaux d’urgence pour les Équatoriens à l’étranger',
        summary: 'Chaque mission dispose d’un numéro d’urgence joignable 24 h/24.',
        paragraphs: ['Enregistrez dans votre téléphone le numéro d’urgence de la mission la plus proche avant de voyager.'],
      },
      zh: {
        title: '海外厄瓜多尔公民紧急求助渠道',
        summary: '每个使领馆都设有24小时接听的紧急电话。',
        paragraphs: ['出行前请将离您最近的使领馆紧急电话存入手机。'],
      },
      ar: {
        title: 'قنوات الطوارئ للإكوادوريين في الخارج',
        summary: 'لكل بعثة رقم طوارئ يعمل على مدار الساعة.',
        paragraphs: ['احفظوا رقم طوارئ أقرب بعثة في هواتفكم قبل السفر.'],
      },
    },
  },
  {
    slug: 'convocatoria-becas',
    daysAgo: 131,
    syndication: 'all',
    topics: ['education'],
    text: {
      es: {
        title: 'Nueva convocatoria de becas para ecuatorianos',
        summary: 'Se abre una convocatoria de becas de posgrado en el exterior para profesionales ecuatorianos.',
        paragraphs: ['Las bases, los requisitos y los plazos se publican en los sitios de las misiones.'],
      },
      en: {
        title: 'New scholarship call for Ecuadorians',
        summary: 'A call for postgraduate scholarships abroad is open to Ecuadorian professionals.',
        paragraphs: ['Rules, requirements and deadlines are published on the missions’ sites.'],
      },
      fr: {
        title: 'Nouvel appel à bourses pour les Équatoriens',
        summary: 'Un appel à bourses de troisième cycle à l’étranger est ouvert aux professionnels équatoriens.',
        paragraphs: ['Le règlement, les conditions et les délais sont publiés sur les sites des missions.'],
      },
      zh: {
        title: '面向厄瓜多尔公民的新一期奖学金开始申请',
        summary: '面向厄瓜多尔专业人士的海外研究生奖学金现已开放申请。',
        paragraphs: ['申请条件、要求和截止日期在各使领馆网站公布。'],
      },
      ar: {
        title: 'دعوة جديدة للمنح الدراسية للإكوادوريين',
        summary: 'فُتح باب التقدم لمنح الدراسات العليا في الخارج للمهنيين الإكوادوريين.',
        paragraphs: ['تُنشر الشروط والمتطلبات والمواعيد على مواقع البعثات.'],
      },
    },
  },
  {
    slug: 'jornadas-consulares-espana',
    daysAgo: 45,
    syndication: 'selected',
    syndicatedTo: ['madrid', 'alicante', 'barcelona', 'malaga', 'murcia', 'palma', 'valencia'],
    topics: ['consular-services'],
    image: 'consular',
    text: {
      es: {
        title: 'Jornadas consulares especiales en España',
        summary: 'Los consulados del Ecuador en España abren en horario especial para atender pasaportes y registro civil.',
        paragraphs: ['Consulte en el sitio de su consulado las fechas y la forma de pedir cita.'],
      },
      en: {
        title: 'Special consular days in Spain',
        summary: 'Ecuador’s consulates in Spain open at special times for passports and civil registry.',
        paragraphs: ['See your consulate’s site for the dates and how to book.'],
      },
    },
  },
  {
    slug: 'horario-ampliado-estados-unidos',
    daysAgo: 88,
    syndication: 'selected',
    syndicatedTo: ['washington', 'new-york', 'los-angeles'],
    topics: ['consular-services'],
    text: {
      es: {
        title: 'Horario ampliado en las oficinas consulares en los Estados Unidos',
        summary: 'La embajada y los consulados en los Estados Unidos amplían su horario de atención durante un mes.',
        paragraphs: ['Las citas adicionales se publican en el sistema de citas en línea.'],
      },
      en: {
        title: 'Extended opening hours at consular offices in the United States',
        summary: 'The embassy and consulates in the United States extend their opening hours for a month.',
        paragraphs: ['The additional appointments are published in the online booking system.'],
      },
    },
  },
]

import type { Localized } from '../localized'

/** The ministry itself: names, brand and the links every mission site carries in its footer. */
export const MINISTRY = {
  name: {
    es: 'Ministerio de Relaciones Exteriores y Movilidad Humana',
    en: 'Ministry of Foreign Affairs and Human Mobility',
    fr: 'Ministère des Affaires étrangères et de la Mobilité humaine',
    zh: '外交和人员流动部',
    ar: 'وزارة الخارجية والتنقل البشري',
  } satisfies Localized,
  shortName: {
    es: 'Cancillería del Ecuador',
    en: 'Ecuadorian Foreign Ministry',
    fr: 'Chancellerie de l’Équateur',
    zh: '厄瓜多尔外交部',
    ar: 'وزارة خارجية الإكوادور',
  } satisfies Localized,
  baseUrl: 'https://www.cancilleria.example',
  // The colours of the flag of Ecuador: yellow, blue and red.
  brand: {
    primary: '#034ea2',
    secondary: '#ffdd00',
    accent: '#ed1c24',
    text: '#1b1b1b',
    headingFont: 'Georgia, serif',
    bodyFont: 'system-ui, sans-serif',
  },
  relatedLinks: [
    {
      kind: 'cooperation-agency' as const,
      url: 'https://cooperacion.cancilleria.example',
      label: {
        es: 'Cooperación internacional',
        en: 'International cooperation',
        fr: 'Coopération internationale',
        zh: '国际合作',
        ar: 'التعاون الدولي',
      } satisfies Localized,
    },
    {
      kind: 'diplomatic-academy' as const,
      url: 'https://academia.cancilleria.example',
      label: {
        es: 'Academia Diplomática',
        en: 'Diplomatic Academy',
        fr: 'Académie diplomatique',
        zh: '外交学院',
        ar: 'الأكاديمية الدبلوماسية',
      } satisfies Localized,
    },
    {
      kind: 'trade-promotion' as const,
      url: 'https://promocion.cancilleria.example',
      label: {
        es: 'Promoción de exportaciones e inversiones',
        en: 'Export and investment promotion',
        fr: 'Promotion des exportations et des investissements',
        zh: '出口和投资促进',
        ar: 'ترويج الصادرات والاستثمار',
      } satisfies Localized,
    },
  ],
  footerText: {
    es: 'Sitio de demostración de Chancery. Direcciones, teléfonos y nombres son datos de ejemplo.',
    en: 'Chancery demonstration site. Addresses, telephone numbers and names are sample data.',
    fr: 'Site de démonstration de Chancery. Adresses, numéros de téléphone et noms sont des données d’exemple.',
    zh: 'Chancery 演示网站。地址、电话号码和姓名均为示例数据。',
    ar: 'موقع تجريبي لنظام Chancery. العناوين وأرقام الهواتف والأسماء بيانات نموذجية.',
  } satisfies Localized,
}

/** The citizen service charter: the ministry's commitments on the quality of its services. */
export const CHARTER: Record<'es' | 'en' | 'fr' | 'zh' | 'ar', { heading: string; paragraphs: string[] }> = {
  es: {
    heading: 'Carta de servicios al ciudadano',
    paragraphs: [
      'Atendemos a cada persona con respeto, sin discriminación y en un idioma que comprenda.',
      'Respondemos a las consultas escritas en un plazo máximo de tres días hábiles.',
      'Publicamos los requisitos, las tasas y los plazos de cada servicio consular, y los mantenemos actualizados.',
      'Nuestro número de emergencia responde las 24 horas para ecuatorianos en situación de riesgo.',
      'Sus sugerencias y quejas nos ayudan a mejorar: escríbanos a la oficina más cercana.',
    ],
  },
  en: {
    heading: 'Citizen service charter',
    paragraphs: [
      'We serve every person with respect, without discrimination and in a language they understand.',
      'We answer written enquiries within three working days at most.',
      'We publish the requirements, fees and processing times of every consular service and keep them up to date.',
      'Our emergency number answers 24 hours a day for Ecuadorians at risk.',
      'Your suggestions and complaints help us improve: write to your nearest office.',
    ],
  },
  fr: {
    heading: 'Charte de service aux citoyens',
    paragraphs: [
      'Nous accueillons chaque personne avec respect, sans discrimination et dans une langue qu’elle comprend.',
      'Nous répondons aux demandes écrites dans un délai maximal de trois jours ouvrables.',
      'Nous publions les conditions, les tarifs et les délais de chaque service consulaire et les tenons à jour.',
      'Notre numéro d’urgence répond 24 heures sur 24 aux Équatoriens en danger.',
      'Vos suggestions et réclamations nous aident à progresser : écrivez au bureau le plus proche.',
    ],
  },
  zh: {
    heading: '公民服务承诺',
    paragraphs: [
      '我们以尊重、无歧视的态度，用对方能理解的语言为每一位来访者服务。',
      '我们在最多三个工作日内答复书面咨询。',
      '我们公布每项领事服务的要求、费用和办理时间，并及时更新。',
      '我们的紧急电话全天24小时为身处危险的厄瓜多尔公民提供帮助。',
      '您的建议和投诉帮助我们改进：请联系离您最近的办公室。',
    ],
  },
  ar: {
    heading: 'ميثاق خدمة المواطنين',
    paragraphs: [
      'نستقبل كل شخص باحترام ودون تمييز وبلغة يفهمها.',
      'نرد على الاستفسارات المكتوبة في غضون ثلاثة أيام عمل على الأكثر.',
      'ننشر شروط كل خدمة قنصلية ورسومها ومدة إنجازها ونحرص على تحديثها.',
      'يعمل رقم الطوارئ لدينا على مدار الساعة لمساعدة المواطنين الإكوادوريين المعرضين للخطر.',
      'تساعدنا اقتراحاتكم وشكاواكم على التحسن: راسلوا أقرب مكتب إليكم.',
    ],
  },
}

/**
 * The charter's measurable part (the Ministry's citizenAttention group): the promise the
 * presence audit measures every mission against, and the commitments each site's charter
 * page lists. The promise matches the charter's text above.
 */
export const CITIZEN_ATTENTION = {
  replyWithinWorkingDays: 3,
  enquiryRetentionDays: 365,
  commitments: [
    {
      es: 'Le respondemos en el idioma en que nos escribió.',
      en: 'We answer in the language you wrote in.',
      fr: 'Nous vous répondons dans la langue dans laquelle vous nous avez écrit.',
      zh: '您用哪种语言来信，我们就用哪种语言答复。',
      ar: 'نرد عليكم باللغة التي كتبتم بها.',
    },
    {
      es: 'Mantenemos el horario de atención publicado y anunciamos los cierres con antelación.',
      en: 'We keep our opening hours as published and announce closures in advance.',
      fr: 'Nous respectons les horaires d’ouverture publiés et annonçons les fermetures à l’avance.',
      zh: '我们严格遵守公布的办公时间，闭馆提前通知。',
      ar: 'نلتزم بمواعيد العمل المعلنة ونعلن عن أيام الإغلاق مسبقاً.',
    },
    {
      es: 'Cada consulta recibe un número de referencia con el que puede preguntar por ella en cualquier momento.',
      en: 'Every enquiry gets a reference number you can quote to ask about it at any time.',
      fr: 'Chaque demande reçoit un numéro de référence à rappeler pour en connaître la suite à tout moment.',
      zh: '每项咨询都有一个参考编号，您可随时凭此查询办理进度。',
      ar: 'يحصل كل استفسار على رقم مرجعي يمكنكم ذكره للسؤال عنه في أي وقت.',
    },
    {
      es: 'Borramos sus datos personales un año después de cerrar su consulta.',
      en: 'We erase your personal data one year after your enquiry is closed.',
      fr: 'Nous effaçons vos données personnelles un an après la clôture de votre demande.',
      zh: '咨询结案一年后，我们将删除您的个人数据。',
      ar: 'نحذف بياناتكم الشخصية بعد عام من إغلاق استفساركم.',
    },
  ] satisfies Localized[],
}

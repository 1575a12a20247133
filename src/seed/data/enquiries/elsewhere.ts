import type { EnquirySeed } from './types'

const EDITOR = 'editor@chancery.example'
const ADMIN = 'admin@chancery.example'

/** Other missions, written to in the languages their sites serve; New York is the late one. */
export const OTHER_ENQUIRIES: EnquirySeed[] = [
  {
    key: 'cairo-tourist-visa', mission: 'cairo', topic: 'visas', locale: 'ar',
    name: 'أحمد محمود', email: 'ahmed.mahmoud@example.org', daysAgo: 76.4,
    message: 'أرغب في زيارة الإكوادور سائحاً لمدة أسبوعين. هل أحتاج إلى تأشيرة بجواز سفر مصري؟',
    status: 'closed', closedAfterDays: 9,
    reply: {
      by: EDITOR, workingDays: 2, hours: 3,
      text: 'السيد أحمد محمود، شروط التأشيرة السياحية والوثائق المطلوبة منشورة في صفحة التأشيرات على موقعنا، ويمكنكم تقديم الطلب إلكترونياً. مع خالص التحية.',
    },
    survey: { rating: 4, resolved: true, comment: 'رد واضح ومفيد، شكراً.', daysAfterReply: 2.7 },
  },
  {
    key: 'cairo-legalisation', mission: 'cairo', topic: 'consular', locale: 'ar',
    name: 'منى عبد الله', email: 'mona.abdallah@example.com', daysAgo: 52.1,
    message: 'لدي شهادة زواج مصرية وأريد استخدامها في الإكوادور. كيف أصدّق عليها؟',
    status: 'answered',
    reply: {
      by: EDITOR, workingDays: 1, hours: 5,
      text: 'السيدة منى عبد الله، يجب أولاً تصديق الشهادة من وزارة الخارجية المصرية، ثم تقديمها إلى القسم القنصلي بموعد مسبق مع دفع الرسوم.',
    },
    survey: { rating: 3, resolved: false, comment: 'لم أحصل على موعد حتى الآن.', daysAfterReply: 8.1 },
  },
  {
    key: 'cairo-trade', mission: 'cairo', topic: 'trade', locale: 'ar',
    name: 'كريم فؤاد', email: 'karim.fouad@example.com', daysAgo: 36.8,
    message: 'شركتنا تستورد الموز وتريد التعرف على مصدّرين إكوادوريين. هل يمكن للسفارة مساعدتنا؟',
    status: 'answered',
    reply: {
      by: EDITOR, workingDays: 6, hours: 2,
      text: 'السيد كريم فؤاد، نعتذر عن التأخير. أرسلنا طلبكم إلى مكتب ترويج الصادرات، وسيتواصل معكم بقائمة المصدّرين المعتمدين.',
    },
    survey: { rating: 3, resolved: true, daysAfterReply: 3.4 },
  },
  {
    key: 'cairo-scholarship', mission: 'cairo', topic: 'culture', locale: 'en',
    name: 'Nour Hassan', email: 'nour.hassan@example.org', daysAgo: 21.3,
    message: 'Are there scholarships for Egyptian students to study Spanish or a master’s degree in Ecuador?',
    status: 'in-progress', assignee: EDITOR,
    internalNotes: 'Asked the scholarships office for this year’s calls; answer once they reply.',
  },
  {
    key: 'cairo-press', mission: 'cairo', topic: 'press', locale: 'ar',
    name: 'سارة إبراهيم', email: 'sara.ibrahim@example.com', daysAgo: 1.2,
    message: 'أنا صحفية في جريدة يومية وأرغب في إجراء مقابلة مع السفير بمناسبة العيد الوطني.',
    status: 'new',
  },

  {
    key: 'beijing-visa', mission: 'beijing', topic: 'visas', locale: 'zh',
    name: '王丽', email: 'wang.li@example.com', daysAgo: 66.7,
    message: '您好！我计划明年去厄瓜多尔旅游一个月，中国公民需要办理签证吗？',
    status: 'closed', closedAfterDays: 4,
    reply: {
      by: EDITOR, workingDays: 1, hours: 6,
      text: '王女士您好：旅游签证的办理条件和所需材料已在本馆网站的签证页面公布，您可以在线提交申请。祝您旅途愉快。',
    },
    survey: { rating: 5, resolved: true, comment: '回复很快，谢谢。', daysAfterReply: 1.1 },
  },
  {
    key: 'beijing-trade', mission: 'beijing', topic: 'trade', locale: 'zh',
    name: '陈伟', email: 'chen.wei@example.org', daysAgo: 39.5,
    message: '我们公司想进口厄瓜多尔白虾，请问大使馆能否提供出口商名单？',
    status: 'answered',
    reply: {
      by: EDITOR, workingDays: 2, hours: 2,
      text: '陈先生您好：商务处可以为您提供经认证的白虾出口商名单，我们已将您的需求转交，商务参赞会与您联系。',
    },
    survey: { rating: 4, resolved: true, daysAfterReply: 2.2 },
  },
  {
    key: 'beijing-scholarship', mission: 'beijing', topic: 'other', locale: 'en',
    name: 'Li Na', email: 'li.na@example.com', daysAgo: 24,
    message: 'Can a Chinese graduate apply to a doctoral programme in Ecuador with a degree certificate in Chinese?',
    status: 'answered',
    reply: {
      by: ADMIN, workingDays: 9, hours: 1,
      text: 'Dear Ms Li, sorry for our late answer. Your certificate needs an apostille and a certified translation into Spanish; the university will tell you whether it also requires recognition by the higher-education council.',
    },
  },
  {
    key: 'beijing-culture', mission: 'beijing', topic: 'culture', locale: 'zh',
    name: '刘洋', email: 'liu.yang@example.org', daysAgo: 3.6,
    message: '我们大学想举办厄瓜多尔电影周，大使馆可以提供影片吗？',
    status: 'new',
  },

  {
    key: 'paris-passport', mission: 'paris', topic: 'consular', locale: 'fr',
    name: 'Camille Dubois', email: 'camille.dubois@example.org', daysAgo: 81.2,
    message: 'Mon mari est équatorien et son passeport expire bientôt. Peut-il le renouveler à Paris sans revenir en Équateur ?',
    status: 'closed', closedAfterDays: 10,
    reply: {
      by: EDITOR, workingDays: 2, hours: 4,
      text: 'Madame, votre mari peut renouveler son passeport à la section consulaire sur rendez-vous, avec son passeport actuel et sa carte d’identité. Il n’a pas besoin de voyager.',
    },
    survey: { rating: 4, resolved: true, comment: 'Réponse claire.', daysAfterReply: 3.5 },
  },
  {
    key: 'paris-visa', mission: 'paris', topic: 'visas', locale: 'fr',
    name: 'Julien Martin', email: 'julien.martin@example.com', daysAgo: 45.3,
    message: 'Je pars six mois en Équateur comme bénévole dans une ONG. Quel visa dois-je demander ?',
    status: 'answered',
    reply: {
      by: EDITOR, workingDays: 1, hours: 2,
      text: 'Monsieur, pour un volontariat de six mois il faut un visa de résidence temporaire pour volontaires, avec la lettre de l’organisation d’accueil. Vous trouverez la liste des pièces sur notre site.',
    },
    survey: { rating: 5, resolved: true, daysAfterReply: 0.8 },
  },
  {
    key: 'paris-culture', mission: 'paris', topic: 'culture', locale: 'fr',
    name: 'Élodie Bernard', email: 'elodie.bernard@example.org', daysAgo: 10.7,
    message: 'Notre médiathèque prépare une exposition sur les Andes. L’ambassade pourrait-elle prêter des textiles ou des photographies ?',
    status: 'in-progress', assignee: EDITOR,
    internalNotes: 'Voir avec l’attachée culturelle quelles pièces sont disponibles en mars.',
  },

  {
    key: 'geneva-press', mission: 'geneva', topic: 'press', locale: 'fr',
    name: 'Thomas Keller', email: 'thomas.keller@example.com', daysAgo: 27.9,
    message: 'Je prépare un article sur la position de l’Équateur au Conseil des droits de l’homme. Un entretien est-il possible ?',
    status: 'answered',
    reply: {
      by: EDITOR, workingDays: 1, hours: 3,
      text: 'Monsieur, la représentante permanente peut vous recevoir jeudi prochain. Merci de nous envoyer vos questions à l’avance.',
    },
  },

  {
    key: 'mexico-city-passport', mission: 'mexico-city', topic: 'consular', locale: 'es',
    name: 'Guadalupe Ramírez', email: 'guadalupe.ramirez@example.org', daysAgo: 69.9,
    message: 'Mi hijo de 10 años necesita pasaporte ecuatoriano. ¿Deben venir los dos padres a la cita?',
    status: 'closed', closedAfterDays: 7,
    reply: {
      by: EDITOR, workingDays: 5, hours: 2,
      text: 'Estimada señora Ramírez: sí, ambos padres deben comparecer o el ausente debe otorgar una autorización notarial. Disculpe la demora en responder.',
    },
    survey: { rating: 3, resolved: true, daysAfterReply: 2.9 },
  },
  {
    key: 'mexico-city-trade', mission: 'mexico-city', topic: 'trade', locale: 'es',
    name: 'Ricardo Villalobos', email: 'ricardo.villalobos@example.com', daysAgo: 31.5,
    message: 'Busco proveedores de café especial ecuatoriano para una cadena de cafeterías en Puebla.',
    status: 'answered',
    reply: {
      by: EDITOR, workingDays: 2, hours: 3,
      text: 'Estimado señor Villalobos: le enviamos el directorio de exportadores de café especial y le invitamos a la rueda de negocios del próximo mes.',
    },
    survey: { rating: 4, resolved: true, comment: 'Buena información.', daysAfterReply: 5.1 },
  },
  {
    key: 'mexico-city-apostille', mission: 'mexico-city', topic: 'other', locale: 'es',
    name: 'Ana Sofía Méndez', email: 'ana.mendez@example.org', daysAgo: 14.2,
    message: '¿La embajada reconoce documentos mexicanos apostillados o hay que legalizarlos aparte?',
    status: 'new',
  },

  {
    key: 'new-york-assistance', mission: 'new-york', topic: 'consular', locale: 'es',
    name: 'Wilson Cajamarca', email: 'wilson.cajamarca@example.com', phone: '+1 212 555 0142', daysAgo: 55.6,
    message: 'Mi hermano fue detenido en Queens y no sabemos a quién acudir. ¿El consulado puede visitarlo?',
    status: 'closed', closedAfterDays: 6,
    reply: {
      by: EDITOR, workingDays: 8, hours: 4,
      text: 'Estimado señor Cajamarca: el consulado ha solicitado la visita consular y le ha enviado la lista de abogados de oficio. Lamentamos la demora de esta respuesta; para urgencias llame al número de emergencia.',
    },
    survey: { rating: 1, resolved: false, comment: 'Nunca me resolvieron el trámite.', daysAfterReply: 2.3 },
  },
  {
    key: 'new-york-voting', mission: 'new-york', topic: 'other', locale: 'en',
    name: 'Kevin Naranjo', email: 'kevin.naranjo@example.org', daysAgo: 38.1,
    message: 'I was born in New Jersey to Ecuadorian parents. Can I vote in Ecuador’s elections from here?',
    status: 'answered',
    reply: {
      by: EDITOR, workingDays: 6, hours: 3,
      text: 'Dear Mr Naranjo, once you are registered as an Ecuadorian citizen and hold an identity card you can register to vote abroad at this consulate.',
    },
    survey: { rating: 2, resolved: false, daysAfterReply: 4.4 },
  },
  {
    key: 'new-york-power-of-attorney', mission: 'new-york', topic: 'consular', locale: 'es',
    name: 'Blanca Tenesaca', email: 'blanca.tenesaca@example.com', daysAgo: 7.9,
    message: 'Quiero dar un poder a mi madre en Azogues para cobrar mi pensión. ¿Qué necesito llevar?',
    status: 'new',
  },

  {
    key: 'london-visa', mission: 'london', topic: 'visas', locale: 'en',
    name: 'James Whitaker', email: 'james.whitaker@example.org', daysAgo: 50.4,
    message: 'I am retiring to Cuenca next year. Which visa applies to retirees with a British pension?',
    status: 'answered',
    reply: {
      by: EDITOR, workingDays: 2, hours: 2,
      text: 'Dear Mr Whitaker, the retiree residence visa requires proof of a lifelong pension above the monthly minimum. The full list of documents is on our residence visa page.',
    },
    survey: { rating: 5, resolved: true, comment: 'Very helpful.', daysAfterReply: 1.6 },
  },
  {
    key: 'washington-press', mission: 'washington', topic: 'press', locale: 'en',
    name: 'Rachel Kim', email: 'rachel.kim@example.com', daysAgo: 22.6,
    message: 'Could you send me the ambassador’s remarks at yesterday’s trade forum for a newsletter?',
    status: 'closed', closedAfterDays: 2,
    reply: {
      by: EDITOR, workingDays: 1, hours: 1,
      text: 'Dear Ms Kim, the remarks are attached and also published in the news section of our site.',
    },
  },
  {
    key: 'tapachula-assistance', mission: 'tapachula', topic: 'consular', locale: 'es',
    name: 'Edwin Pérez Lucas', email: 'edwin.perez@example.org', daysAgo: 1.8,
    message: 'Estoy de paso en Tapachula y perdí mis documentos. ¿Pueden darme un documento de viaje para volver a Ecuador?',
    status: 'in-progress', assignee: EDITOR,
    internalNotes: 'Llamado por teléfono; cita el lunes para el salvoconducto.',
  },
]

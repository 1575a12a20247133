import type { MissionType } from '../../../collections/Missions/officeTypes'
import type { Localized } from '../localized'

export type ServiceCategory =
  | 'passports' | 'civil-registry' | 'visas' | 'legalisations' | 'registration'
  | 'voting' | 'assistance' | 'mobile-consulate' | 'notarial' | 'other'

export type ServiceSeed = {
  slug: string
  category: ServiceCategory
  audience: ('nationals' | 'foreigners')[]
  title: Localized
  summary: Localized
  /** Body paragraphs in Spanish and English; other languages fall back to Spanish. */
  body: { es: string[]; en: string[] }
  requirements: Localized[]
  fee?: { amount: number; currency: string }
  processingTime?: Localized
  /** Every open mission of these types offers the service at its consular office. */
  offeredBy: MissionType[]
  /** A mission that charges in local currency instead (slug → fee). */
  overrides?: { mission: string; amount: number; currency: string }[]
}

const CONSULAR_POSTS: MissionType[] = ['embassy', 'consulate-general', 'consulate']

/** Fees and processing times are sample values; the bodies say so. */
const SAMPLE_NOTE = {
  es: 'Datos de ejemplo: tasas y plazos ilustrativos para la demostración.',
  en: 'Sample data: fees and times are illustrative, for the demonstration.',
}

export const SERVICES: ServiceSeed[] = [
  {
    slug: 'passport',
    category: 'passports',
    audience: ['nationals'],
    title: { es: 'Pasaporte ordinario', en: 'Ordinary passport', fr: 'Passeport ordinaire', zh: '普通护照', ar: 'جواز السفر العادي' },
    summary: {
      es: 'Emisión y renovación del pasaporte ecuatoriano para ciudadanos que residen en el exterior.',
      en: 'Issue and renewal of the Ecuadorian passport for citizens living abroad.',
      fr: 'Délivrance et renouvellement du passeport équatorien pour les citoyens résidant à l’étranger.',
      zh: '为旅居海外的厄瓜多尔公民签发和更换护照。',
      ar: 'إصدار جواز السفر الإكوادوري وتجديده للمواطنين المقيمين في الخارج.',
    },
    body: {
      es: ['Solicite una cita en línea y acuda personalmente: la fotografía y las huellas se toman en la oficina consular.', 'El pasaporte se entrega en la misma oficina; puede autorizar a otra persona a retirarlo.', SAMPLE_NOTE.es],
      en: ['Book an appointment online and attend in person: the photograph and fingerprints are taken at the consular office.', 'The passport is collected at the same office; you may authorise someone else to collect it.', SAMPLE_NOTE.en],
    },
    requirements: [
      { es: 'Cédula de identidad ecuatoriana vigente', en: 'Valid Ecuadorian identity card', fr: 'Carte d’identité équatorienne en cours de validité', zh: '有效的厄瓜多尔身份证', ar: 'بطاقة هوية إكوادورية سارية' },
      { es: 'Pasaporte anterior, si lo tiene', en: 'Previous passport, if any', fr: 'Ancien passeport, le cas échéant', zh: '旧护照（如有）', ar: 'جواز السفر السابق إن وجد' },
      { es: 'Comprobante de pago de la tasa', en: 'Proof of payment of the fee', fr: 'Justificatif de paiement des frais', zh: '缴费凭证', ar: 'إيصال دفع الرسوم' },
    ],
    fee: { amount: 90, currency: 'USD' },
    processingTime: { es: '5 días hábiles', en: '5 working days', fr: '5 jours ouvrables', zh: '5个工作日', ar: '5 أيام عمل' },
    offeredBy: CONSULAR_POSTS,
    overrides: [{ mission: 'london', amount: 72, currency: 'GBP' }],
  },
  {
    slug: 'birth-registration',
    category: 'civil-registry',
    audience: ['nationals'],
    title: { es: 'Inscripción de nacimiento', en: 'Birth registration', fr: 'Déclaration de naissance', zh: '出生登记', ar: 'تسجيل المواليد' },
    summary: {
      es: 'Inscripción en el Registro Civil ecuatoriano de hijos de ecuatorianos nacidos en el exterior.',
      en: 'Registering children of Ecuadorians born abroad with the Ecuadorian civil registry.',
      fr: 'Inscription à l’état civil équatorien des enfants d’Équatoriens nés à l’étranger.',
      zh: '为在海外出生的厄瓜多尔公民子女办理厄瓜多尔民事登记。',
      ar: 'تسجيل أبناء الإكوادوريين المولودين في الخارج في السجل المدني الإكوادوري.',
    },
    body: {
      es: ['Los padres presentan el certificado de nacimiento local, legalizado o apostillado.', 'La inscripción es gratuita y permite obtener la cédula y el pasaporte del menor.', SAMPLE_NOTE.es],
      en: ['Parents present the local birth certificate, legalised or apostilled.', 'Registration is free and allows the child to obtain an identity card and passport.', SAMPLE_NOTE.en],
    },
    requirements: [
      { es: 'Certificado de nacimiento local apostillado', en: 'Apostilled local birth certificate', fr: 'Acte de naissance local apostillé', zh: '经海牙认证的当地出生证明', ar: 'شهادة ميلاد محلية مصدقة بالأبوستيل' },
      { es: 'Documentos de identidad de los padres', en: 'Identity documents of both parents', fr: 'Pièces d’identité des deux parents', zh: '父母双方的身份证件', ar: 'وثائق هوية الوالدين' },
    ],
    processingTime: { es: 'En el día', en: 'Same day', fr: 'Le jour même', zh: '当天', ar: 'في اليوم نفسه' },
    offeredBy: CONSULAR_POSTS,
  },
  {
    slug: 'residence-visa',
    category: 'visas',
    audience: ['foreigners'],
    title: { es: 'Visa de residencia temporal', en: 'Temporary residence visa', fr: 'Visa de résidence temporaire', zh: '临时居留签证', ar: 'تأشيرة الإقامة المؤقتة' },
    summary: {
      es: 'Visas para extranjeros que desean residir en el Ecuador por trabajo, estudios o reunificación familiar.',
      en: 'Visas for foreign nationals who wish to live in Ecuador to work, study or join their family.',
      fr: 'Visas pour les étrangers souhaitant résider en Équateur pour travailler, étudier ou rejoindre leur famille.',
      zh: '为希望因工作、学习或家庭团聚而在厄瓜多尔居住的外国人办理签证。',
      ar: 'تأشيرات للأجانب الراغبين في الإقامة في الإكوادور للعمل أو الدراسة أو لمّ شمل الأسرة.',
    },
    body: {
      es: ['La solicitud se presenta en línea; la oficina consular puede convocar a una entrevista.', 'Consulte los requisitos específicos de cada categoría de visa antes de pagar la tasa.', SAMPLE_NOTE.es],
      en: ['The application is made online; the consular office may call you for an interview.', 'Check the requirements of each visa category before paying the fee.', SAMPLE_NOTE.en],
    },
    requirements: [
      { es: 'Pasaporte con vigencia mínima de seis meses', en: 'Passport valid for at least six months', fr: 'Passeport valide au moins six mois', zh: '有效期至少六个月的护照', ar: 'جواز سفر ساري المفعول لستة أشهر على الأقل' },
      { es: 'Certificado de antecedentes penales apostillado', en: 'Apostilled criminal record certificate', fr: 'Extrait de casier judiciaire apostillé', zh: '经海牙认证的无犯罪记录证明', ar: 'شهادة حسن سيرة وسلوك مصدقة بالأبوستيل' },
      { es: 'Justificación del motivo de residencia', en: 'Evidence of the purpose of residence', fr: 'Justificatif du motif de résidence', zh: '居留事由证明', ar: 'ما يثبت سبب الإقامة' },
    ],
    fee: { amount: 50, currency: 'USD' },
    processingTime: { es: '15 días hábiles', en: '15 working days', fr: '15 jours ouvrables', zh: '15个工作日', ar: '15 يوم عمل' },
    offeredBy: ['embassy', 'consulate-general'],
  },
  {
    slug: 'legalisation',
    category: 'legalisations',
    audience: ['nationals', 'foreigners'],
    title: { es: 'Legalización de documentos', en: 'Legalisation of documents', fr: 'Légalisation de documents', zh: '文件认证', ar: 'تصديق الوثائق' },
    summary: {
      es: 'Legalización de documentos emitidos en países que no forman parte del Convenio de la Apostilla.',
      en: 'Legalisation of documents issued in countries that are not party to the Apostille Convention.',
      fr: 'Légalisation des documents délivrés dans des pays qui ne sont pas parties à la Convention Apostille.',
      zh: '为非《海牙认证公约》缔约国签发的文件办理认证。',
      ar: 'تصديق الوثائق الصادرة في دول غير منضمة إلى اتفاقية الأبوستيل.',
    },
    body: {
      es: ['El documento debe estar previamente autenticado por la autoridad competente del país que lo emitió.', SAMPLE_NOTE.es],
      en: ['The document must first be authenticated by the competent authority of the issuing country.', SAMPLE_NOTE.en],
    },
    requirements: [
      { es: 'Documento original autenticado', en: 'Authenticated original document', fr: 'Document original authentifié', zh: '经认证的文件原件', ar: 'الوثيقة الأصلية موثقة' },
      { es: 'Documento de identidad del solicitante', en: 'Applicant’s identity document', fr: 'Pièce d’identité du demandeur', zh: '申请人身份证件', ar: 'وثيقة هوية مقدم الطلب' },
    ],
    fee: { amount: 20, currency: 'USD' },
    processingTime: { es: '2 días hábiles', en: '2 working days', fr: '2 jours ouvrables', zh: '2个工作日', ar: 'يوما عمل' },
    offeredBy: CONSULAR_POSTS,
  },
  {
    slug: 'consular-registration',
    category: 'registration',
    audience: ['nationals'],
    title: { es: 'Registro consular', en: 'Consular registration', fr: 'Inscription consulaire', zh: '领事登记', ar: 'التسجيل القنصلي' },
    summary: {
      es: 'Registre su residencia en el exterior para recibir información y asistencia en caso de emergencia.',
      en: 'Register your residence abroad to receive information and assistance in an emergency.',
      fr: 'Déclarez votre résidence à l’étranger pour recevoir des informations et de l’aide en cas d’urgence.',
      zh: '登记您在海外的居住信息，以便在紧急情况下获得信息和协助。',
      ar: 'سجّل إقامتك في الخارج لتلقي المعلومات والمساعدة في حالات الطوارئ.',
    },
    body: {
      es: ['El registro es gratuito y voluntario, y se puede actualizar en cualquier momento.', 'Permite a la misión localizarle en situaciones de crisis.'],
      en: ['Registration is free and voluntary, and can be updated at any time.', 'It allows the mission to find you in a crisis.'],
    },
    requirements: [
      { es: 'Cédula o pasaporte ecuatoriano', en: 'Ecuadorian identity card or passport', fr: 'Carte d’identité ou passeport équatorien', zh: '厄瓜多尔身份证或护照', ar: 'بطاقة الهوية أو جواز السفر الإكوادوري' },
      { es: 'Comprobante de domicilio', en: 'Proof of address', fr: 'Justificatif de domicile', zh: '住址证明', ar: 'إثبات العنوان' },
    ],
    processingTime: { es: 'Inmediato', en: 'Immediate', fr: 'Immédiat', zh: '即时办理', ar: 'فوري' },
    offeredBy: CONSULAR_POSTS,
  },
  {
    slug: 'voting-abroad',
    category: 'voting',
    audience: ['nationals'],
    title: { es: 'Voto en el exterior', en: 'Voting abroad', fr: 'Vote à l’étranger', zh: '海外投票', ar: 'التصويت في الخارج' },
    summary: {
      es: 'Inscripción y cambio de domicilio electoral para votar desde el exterior.',
      en: 'Registering, or changing your electoral address, to vote from abroad.',
      fr: 'Inscription et changement d’adresse électorale pour voter depuis l’étranger.',
      zh: '办理海外投票登记或变更选举地址。',
      ar: 'التسجيل أو تغيير العنوان الانتخابي للتصويت من الخارج.',
    },
    body: {
      es: ['El cambio de domicilio electoral se realiza dentro de los plazos que fija el organismo electoral.', 'Las misiones publican los recintos de votación antes de cada proceso.'],
      en: ['The electoral address is changed within the periods set by the electoral authority.', 'Missions publish the polling stations before each election.'],
    },
    requirements: [{ es: 'Cédula de identidad ecuatoriana', en: 'Ecuadorian identity card', fr: 'Carte d’identité équatorienne', zh: '厄瓜多尔身份证', ar: 'بطاقة الهوية الإكوادورية' }],
    processingTime: { es: 'Inmediato', en: 'Immediate', fr: 'Immédiat', zh: '即时办理', ar: 'فوري' },
    offeredBy: CONSULAR_POSTS,
  },
  {
    slug: 'assistance-protection',
    category: 'assistance',
    audience: ['nationals'],
    title: { es: 'Asistencia y protección', en: 'Assistance and protection', fr: 'Assistance et protection', zh: '协助与保护', ar: 'المساعدة والحماية' },
    summary: {
      es: 'Ayuda a ecuatorianos en caso de detención, accidente, fallecimiento, desastre o situación de vulnerabilidad.',
      en: 'Help for Ecuadorians in case of arrest, accident, death, disaster or vulnerability.',
      fr: 'Aide aux Équatoriens en cas d’arrestation, d’accident, de décès, de catastrophe ou de vulnérabilité.',
      zh: '在被捕、事故、死亡、灾害或处境困难时为厄瓜多尔公民提供帮助。',
      ar: 'مساعدة الإكوادوريين في حالات الاحتجاز أو الحوادث أو الوفاة أو الكوارث أو الهشاشة.',
    },
    body: {
      es: ['Llame al número de emergencia de la misión, disponible las 24 horas.', 'La misión no puede pagar multas ni intervenir en procesos judiciales, pero vela por que se respeten sus derechos.'],
      en: ['Call the mission’s emergency number, available 24 hours a day.', 'The mission cannot pay fines or intervene in court cases, but it makes sure your rights are respected.'],
    },
    requirements: [],
    offeredBy: CONSULAR_POSTS,
  },
  {
    slug: 'mobile-consulate',
    category: 'mobile-consulate',
    audience: ['nationals'],
    title: { es: 'Consulado móvil', en: 'Mobile consulate', fr: 'Consulat mobile', zh: '流动领事服务', ar: 'القنصلية المتنقلة' },
    summary: {
      es: 'Jornadas de atención consular en ciudades alejadas de la oficina consular.',
      en: 'Consular service days in towns far from the consular office.',
      fr: 'Journées de service consulaire dans des villes éloignées du bureau consulaire.',
      zh: '在远离领事馆的城市举办领事服务日。',
      ar: 'أيام خدمة قنصلية في مدن بعيدة عن المكتب القنصلي.',
    },
    body: {
      es: ['Las fechas y lugares se anuncian en las noticias y redes sociales de cada misión.', 'Se atienden pasaportes, registro civil, poderes y registro consular, con cita previa.'],
      en: ['Dates and places are announced in each mission’s news and social accounts.', 'Passports, civil registry, powers of attorney and consular registration are handled by appointment.'],
    },
    requirements: [{ es: 'Cita previa', en: 'Prior appointment', fr: 'Rendez-vous préalable', zh: '提前预约', ar: 'موعد مسبق' }],
    offeredBy: ['consulate-general', 'consulate', 'embassy'],
  },
  {
    slug: 'power-of-attorney',
    category: 'notarial',
    audience: ['nationals', 'foreigners'],
    title: { es: 'Poderes y actos notariales', en: 'Powers of attorney and notarial acts', fr: 'Procurations et actes notariés', zh: '授权书和公证', ar: 'التوكيلات والأعمال التوثيقية' },
    summary: {
      es: 'Otorgamiento de poderes generales y especiales con validez en el Ecuador.',
      en: 'General and special powers of attorney valid in Ecuador.',
      fr: 'Procurations générales et spéciales valables en Équateur.',
      zh: '办理在厄瓜多尔有效的一般和特别授权书。',
      ar: 'إصدار توكيلات عامة وخاصة سارية في الإكوادور.',
    },
    body: {
      es: ['Envíe el borrador del poder por correo electrónico antes de la cita.', SAMPLE_NOTE.es],
      en: ['Email the draft power of attorney before your appointment.', SAMPLE_NOTE.en],
    },
    requirements: [
      { es: 'Documento de identidad del otorgante', en: 'Identity document of the grantor', fr: 'Pièce d’identité du mandant', zh: '授权人身份证件', ar: 'وثيقة هوية الموكِّل' },
      { es: 'Borrador del poder', en: 'Draft power of attorney', fr: 'Projet de procuration', zh: '授权书草稿', ar: 'مسودة التوكيل' },
    ],
    fee: { amount: 30, currency: 'USD' },
    processingTime: { es: 'En el día', en: 'Same day', fr: 'Le jour même', zh: '当天', ar: 'في اليوم نفسه' },
    offeredBy: CONSULAR_POSTS,
  },
]

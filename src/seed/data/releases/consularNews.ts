import type { ReleaseTemplate } from './types'

/** Consular notices every post publishes: service days, appointments, closures, emergencies. */
export const CONSULAR_NEWS = {
  mobileConsulate: {
    slug: 'consulado-movil',
    topics: ['consular-services', 'human-mobility'],
    image: 'consular',
    text: {
      es: {
        title: 'Consulado móvil: atención consular fuera de {city}',
        summary: '{mission} organiza una jornada de consulado móvil para acercar sus servicios a la comunidad ecuatoriana.',
        paragraphs: [
          'Durante la jornada se atenderán pasaportes, registro civil, poderes y registro consular, con cita previa.',
          'Las citas se asignan por orden de solicitud a través del sistema en línea.',
        ],
      },
      en: {
        title: 'Mobile consulate: consular services outside {city}',
        summary: 'The {mission} holds a mobile consulate day to bring its services closer to the Ecuadorian community.',
        paragraphs: [
          'Passports, civil registry, powers of attorney and consular registration will be handled by appointment.',
          'Appointments are given in order of request through the online system.',
        ],
      },
      fr: {
        title: 'Consulat mobile : services consulaires hors de {city}',
        summary: 'La mission organise une journée de consulat mobile pour rapprocher ses services de la communauté équatorienne.',
        paragraphs: [
          'Passeports, état civil, procurations et inscription consulaire seront traités sur rendez-vous.',
          'Les rendez-vous sont attribués par ordre de demande via le système en ligne.',
        ],
      },
      zh: {
        title: '流动领事服务：在{city}以外地区提供领事服务',
        summary: '{mission}举办流动领事服务日，为厄瓜多尔侨民提供就近服务。',
        paragraphs: ['服务日期间将受理护照、民事登记、授权书和领事登记业务，须提前预约。', '预约按申请先后顺序通过网上系统分配。'],
      },
      ar: {
        title: 'القنصلية المتنقلة: خدمات قنصلية خارج {city}',
        summary: 'تنظم البعثة يومًا للقنصلية المتنقلة لتقريب خدماتها من الجالية الإكوادورية.',
        paragraphs: [
          'ستُقدَّم خلال هذا اليوم خدمات جوازات السفر والسجل المدني والتوكيلات والتسجيل القنصلي بموعد مسبق.',
          'تُمنح المواعيد حسب ترتيب الطلبات عبر النظام الإلكتروني.',
        ],
      },
    },
  },
  passportDays: {
    slug: 'jornada-pasaportes',
    topics: ['consular-services'],
    image: 'consular',
    text: {
      es: {
        title: 'Jornada extendida de emisión de pasaportes',
        summary: 'La oficina consular amplía su horario para reducir la espera de citas de pasaporte.',
        paragraphs: [
          'Durante dos sábados consecutivos se atenderán exclusivamente solicitudes de pasaporte con cita previa.',
          'Recuerde llevar su cédula de identidad y el comprobante de pago.',
        ],
      },
      en: {
        title: 'Extended passport service days',
        summary: 'The consular office extends its hours to shorten the wait for passport appointments.',
        paragraphs: [
          'On two consecutive Saturdays only passport applications will be handled, by appointment.',
          'Remember to bring your identity card and proof of payment.',
        ],
      },
      fr: {
        title: 'Journées prolongées de délivrance de passeports',
        summary: 'Le bureau consulaire élargit ses horaires pour réduire l’attente des rendez-vous de passeport.',
        paragraphs: [
          'Pendant deux samedis consécutifs, seules les demandes de passeport seront traitées, sur rendez-vous.',
          'N’oubliez pas votre carte d’identité et le justificatif de paiement.',
        ],
      },
      zh: {
        title: '护照办理延长服务日',
        summary: '领事办公室延长办公时间，以缩短护照预约的等候时间。',
        paragraphs: ['连续两个星期六将专门受理已预约的护照申请。', '请携带身份证和缴费凭证。'],
      },
      ar: {
        title: 'أيام ممتدة لإصدار جوازات السفر',
        summary: 'يمدد المكتب القنصلي ساعات عمله لتقليص مدة انتظار مواعيد جوازات السفر.',
        paragraphs: ['سيُخصَّص يوما سبت متتاليان لطلبات جوازات السفر فقط وبموعد مسبق.', 'يرجى إحضار بطاقة الهوية وإيصال الدفع.'],
      },
    },
  },
  voterRegistration: {
    slug: 'registro-electoral',
    topics: ['consular-services', 'human-mobility'],
    text: {
      es: {
        title: 'Actualice su domicilio electoral en el exterior',
        summary: 'Los ecuatorianos en {country} pueden registrar o cambiar su domicilio electoral para votar en el próximo proceso.',
        paragraphs: [
          'El trámite es gratuito y se realiza en la oficina consular o en línea.',
          'Verifique sus datos con anticipación: los plazos los fija el organismo electoral.',
        ],
      },
      en: {
        title: 'Update your electoral address abroad',
        summary: 'Ecuadorians in {country} can register or change their electoral address to vote in the next election.',
        paragraphs: [
          'The procedure is free and can be done at the consular office or online.',
          'Check your details early: the deadlines are set by the electoral authority.',
        ],
      },
      fr: {
        title: 'Mettez à jour votre adresse électorale à l’étranger',
        summary: 'Les Équatoriens résidant en {country} peuvent s’inscrire ou changer d’adresse électorale pour voter au prochain scrutin.',
        paragraphs: [
          'La démarche est gratuite et se fait au bureau consulaire ou en ligne.',
          'Vérifiez vos données à l’avance : les délais sont fixés par l’autorité électorale.',
        ],
      },
      zh: {
        title: '更新您的海外选举地址',
        summary: '在{country}的厄瓜多尔公民可以登记或变更选举地址，以便参加下一次选举投票。',
        paragraphs: ['该手续免费，可在领事办公室或网上办理。', '请尽早核实个人信息：截止日期由选举机构确定。'],
      },
      ar: {
        title: 'حدّثوا عنوانكم الانتخابي في الخارج',
        summary: 'يمكن للإكوادوريين المقيمين في {country} التسجيل أو تغيير عنوانهم الانتخابي للتصويت في الاستحقاق القادم.',
        paragraphs: ['الإجراء مجاني ويتم في المكتب القنصلي أو عبر الإنترنت.', 'تحققوا من بياناتكم مبكرًا، فالمواعيد النهائية تحددها الهيئة الانتخابية.'],
      },
    },
  },
  holidayClosure: {
    slug: 'cierre-feriado',
    topics: ['consular-services'],
    text: {
      es: {
        title: 'Cierre de la oficina por feriado nacional',
        summary: 'La oficina consular permanecerá cerrada por feriado; el número de emergencia sigue disponible.',
        paragraphs: ['Las citas programadas para ese día se trasladarán al siguiente día hábil.', 'En caso de emergencia, llame al número de asistencia 24 horas.'],
      },
      en: {
        title: 'Office closed for a national holiday',
        summary: 'The consular office will be closed for a holiday; the emergency number remains available.',
        paragraphs: ['Appointments booked for that day will move to the next working day.', 'In an emergency, call the 24-hour assistance number.'],
      },
      fr: {
        title: 'Fermeture du bureau pour jour férié',
        summary: 'Le bureau consulaire sera fermé pour un jour férié ; le numéro d’urgence reste disponible.',
        paragraphs: ['Les rendez-vous prévus ce jour-là seront reportés au jour ouvrable suivant.', 'En cas d’urgence, appelez le numéro d’assistance 24 h/24.'],
      },
      zh: {
        title: '因法定节假日闭馆通知',
        summary: '领事办公室将因节假日闭馆，紧急电话照常开通。',
        paragraphs: ['当天已预约的业务将顺延至下一个工作日。', '如遇紧急情况，请拨打24小时协助电话。'],
      },
      ar: {
        title: 'إغلاق المكتب بمناسبة عطلة رسمية',
        summary: 'سيُغلق المكتب القنصلي بمناسبة عطلة رسمية، ويبقى رقم الطوارئ متاحًا.',
        paragraphs: ['ستُنقل المواعيد المحددة لذلك اليوم إلى يوم العمل التالي.', 'في حالات الطوارئ، اتصلوا برقم المساعدة المتاح على مدار الساعة.'],
      },
    },
  },
  emergencyNumber: {
    slug: 'numero-emergencia',
    topics: ['consular-services', 'human-mobility'],
    text: {
      es: {
        title: 'Número de emergencia 24 horas para ecuatorianos en {country}',
        summary: 'Los ecuatorianos en situación de emergencia pueden comunicarse con la misión a cualquier hora.',
        paragraphs: [
          'El número atiende casos de detención, accidentes, fallecimientos y desastres naturales.',
          'Para trámites ordinarios, utilice los canales habituales de la oficina consular.',
        ],
      },
      en: {
        title: '24-hour emergency number for Ecuadorians in {country}',
        summary: 'Ecuadorians in an emergency can reach the mission at any time.',
        paragraphs: ['The number handles arrests, accidents, deaths and natural disasters.', 'For ordinary procedures, please use the consular office’s usual channels.'],
      },
      fr: {
        title: 'Numéro d’urgence 24 h/24 pour les Équatoriens en {country}',
        summary: 'Les Équatoriens en situation d’urgence peuvent joindre la mission à toute heure.',
        paragraphs: [
          'Ce numéro traite les cas d’arrestation, d’accident, de décès et de catastrophe naturelle.',
          'Pour les démarches ordinaires, utilisez les canaux habituels du bureau consulaire.',
        ],
      },
      zh: {
        title: '在{country}的厄瓜多尔公民24小时紧急电话',
        summary: '遇到紧急情况的厄瓜多尔公民可随时联系本馆。',
        paragraphs: ['该号码受理被捕、事故、死亡和自然灾害等紧急情况。', '办理一般业务，请通过领事办公室的常规渠道。'],
      },
      ar: {
        title: 'رقم طوارئ على مدار الساعة للإكوادوريين في {country}',
        summary: 'يمكن للإكوادوريين في حالات الطوارئ التواصل مع البعثة في أي وقت.',
        paragraphs: ['يختص هذا الرقم بحالات الاحتجاز والحوادث والوفيات والكوارث الطبيعية.', 'للمعاملات العادية، يرجى استخدام القنوات المعتادة للمكتب القنصلي.'],
      },
    },
  },
  onlineAppointments: {
    slug: 'citas-en-linea',
    topics: ['consular-services'],
    image: 'consular',
    text: {
      es: {
        title: 'Nuevo sistema de citas en línea',
        summary: '{mission} incorpora el sistema de citas en línea para todos sus servicios consulares.',
        paragraphs: ['Las citas se pueden reservar, cambiar o cancelar desde el teléfono móvil.', 'El sistema envía un recordatorio por correo electrónico el día anterior a la cita.'],
      },
      en: {
        title: 'New online appointment system',
        summary: 'The {mission} now takes appointments online for all its consular services.',
        paragraphs: ['Appointments can be booked, changed or cancelled from a mobile phone.', 'The system sends an email reminder the day before the appointment.'],
      },
      fr: {
        title: 'Nouveau système de rendez-vous en ligne',
        summary: 'La mission adopte la prise de rendez-vous en ligne pour tous ses services consulaires.',
        paragraphs: ['Les rendez-vous peuvent être pris, modifiés ou annulés depuis un téléphone portable.', 'Le système envoie un rappel par courriel la veille du rendez-vous.'],
      },
      zh: {
        title: '新的网上预约系统上线',
        summary: '{mission}的所有领事服务现已实行网上预约。',
        paragraphs: ['可通过手机预约、更改或取消预约。', '系统会在预约前一天发送电子邮件提醒。'],
      },
      ar: {
        title: 'نظام جديد لحجز المواعيد عبر الإنترنت',
        summary: 'أصبحت البعثة تعتمد الحجز الإلكتروني لجميع خدماتها القنصلية.',
        paragraphs: ['يمكن حجز المواعيد أو تغييرها أو إلغاؤها من الهاتف المحمول.', 'يرسل النظام تذكيرًا بالبريد الإلكتروني قبل يوم من الموعد.'],
      },
    },
  },
} satisfies Record<string, ReleaseTemplate>

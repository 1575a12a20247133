import type { ReleaseTemplate } from './types'

/** News of the mission's life: national day, culture, trade, study, meetings. */
export const COMMUNITY_NEWS = {
  nationalDay: {
    slug: 'dia-nacional',
    topics: ['diplomacy', 'culture'],
    image: 'ministry',
    text: {
      es: {
        title: 'Celebración del Día Nacional del Ecuador en {city}',
        summary: '{mission} conmemoró el Primer Grito de Independencia con la comunidad ecuatoriana y amigos del Ecuador.',
        paragraphs: [
          'El acto reunió a representantes de la comunidad, autoridades locales y miembros del cuerpo diplomático.',
          'La celebración incluyó música tradicional y una muestra de gastronomía ecuatoriana.',
        ],
      },
      en: {
        title: 'Ecuador’s National Day celebrated in {city}',
        summary: 'The {mission} marked Ecuador’s Independence Day with the Ecuadorian community and friends of Ecuador.',
        paragraphs: [
          'The event brought together community representatives, local authorities and members of the diplomatic corps.',
          'The celebration included traditional music and a taste of Ecuadorian cuisine.',
        ],
      },
      fr: {
        title: 'Célébration de la fête nationale de l’Équateur à {city}',
        summary: 'La mission a célébré la fête de l’indépendance avec la communauté équatorienne et les amis de l’Équateur.',
        paragraphs: [
          'La cérémonie a réuni des représentants de la communauté, des autorités locales et des membres du corps diplomatique.',
          'La fête comprenait de la musique traditionnelle et une dégustation de cuisine équatorienne.',
        ],
      },
      zh: {
        title: '厄瓜多尔国庆庆祝活动在{city}举行',
        summary: '{mission}与厄瓜多尔侨民和各界友好人士共同庆祝厄瓜多尔独立日。',
        paragraphs: ['侨民代表、当地政府官员和外交使团成员出席了活动。', '庆祝活动包括传统音乐表演和厄瓜多尔美食品尝。'],
      },
      ar: {
        title: 'الاحتفال باليوم الوطني للإكوادور في {city}',
        summary: 'أحيت البعثة ذكرى عيد الاستقلال مع الجالية الإكوادورية وأصدقاء الإكوادور.',
        paragraphs: ['جمع الحفل ممثلين عن الجالية ومسؤولين محليين وأعضاء من السلك الدبلوماسي.', 'تضمن الاحتفال موسيقى تقليدية وتذوقًا للمأكولات الإكوادورية.'],
      },
    },
  },
  culturalWeek: {
    slug: 'semana-cultural',
    topics: ['culture'],
    image: 'culture',
    text: {
      es: {
        title: 'Semana cultural del Ecuador en {city}',
        summary: 'Cine, música y artesanía ecuatorianos llegan a {city} durante una semana.',
        paragraphs: [
          'La programación incluye proyecciones de cine ecuatoriano, un concierto y una exposición de artesanía.',
          'Todas las actividades son gratuitas y abiertas al público.',
        ],
      },
      en: {
        title: 'Ecuadorian cultural week in {city}',
        summary: 'Ecuadorian film, music and crafts come to {city} for a week.',
        paragraphs: ['The programme includes screenings of Ecuadorian films, a concert and an exhibition of crafts.', 'All events are free and open to the public.'],
      },
      fr: {
        title: 'Semaine culturelle de l’Équateur à {city}',
        summary: 'Cinéma, musique et artisanat équatoriens à {city} pendant une semaine.',
        paragraphs: [
          'Le programme comprend des projections de films équatoriens, un concert et une exposition d’artisanat.',
          'Toutes les activités sont gratuites et ouvertes au public.',
        ],
      },
      zh: {
        title: '厄瓜多尔文化周在{city}举行',
        summary: '厄瓜多尔电影、音乐和手工艺品在{city}展出一周。',
        paragraphs: ['活动包括厄瓜多尔电影放映、音乐会和手工艺品展览。', '所有活动均免费向公众开放。'],
      },
      ar: {
        title: 'أسبوع ثقافي إكوادوري في {city}',
        summary: 'السينما والموسيقى والحرف اليدوية الإكوادورية في {city} لمدة أسبوع.',
        paragraphs: ['يتضمن البرنامج عروضًا لأفلام إكوادورية وحفلًا موسيقيًا ومعرضًا للحرف اليدوية.', 'جميع الفعاليات مجانية ومفتوحة للجمهور.'],
      },
    },
  },
  tradeFair: {
    slug: 'feria-comercial',
    topics: ['trade-investment'],
    image: 'trade',
    text: {
      es: {
        title: 'Productos ecuatorianos en una feria comercial de {city}',
        summary: 'Empresas exportadoras ecuatorianas presentan su oferta a compradores en {country}.',
        paragraphs: [
          'El pabellón del Ecuador muestra cacao fino de aroma, café, flores, camarón y frutas.',
          'La misión organiza reuniones de negocios entre exportadores ecuatorianos e importadores locales.',
        ],
      },
      en: {
        title: 'Ecuadorian products at a trade fair in {city}',
        summary: 'Ecuadorian exporters present their products to buyers in {country}.',
        paragraphs: [
          'Ecuador’s stand shows fine-flavour cocoa, coffee, flowers, shrimp and fruit.',
          'The mission arranges business meetings between Ecuadorian exporters and local importers.',
        ],
      },
      fr: {
        title: 'Produits équatoriens dans une foire commerciale à {city}',
        summary: 'Des exportateurs équatoriens présentent leur offre aux acheteurs en {country}.',
        paragraphs: [
          'Le pavillon de l’Équateur présente du cacao fin, du café, des fleurs, des crevettes et des fruits.',
          'La mission organise des rendez-vous d’affaires entre exportateurs équatoriens et importateurs locaux.',
        ],
      },
      zh: {
        title: '厄瓜多尔产品亮相{city}商品博览会',
        summary: '厄瓜多尔出口企业向{country}采购商展示产品。',
        paragraphs: ['厄瓜多尔展区展出精品可可、咖啡、鲜花、虾和水果。', '本馆为厄瓜多尔出口商与当地进口商安排商务洽谈。'],
      },
      ar: {
        title: 'منتجات إكوادورية في معرض تجاري في {city}',
        summary: 'شركات تصدير إكوادورية تعرض منتجاتها على المشترين في {country}.',
        paragraphs: ['يعرض جناح الإكوادور الكاكاو الفاخر والقهوة والزهور والروبيان والفواكه.', 'تنظم البعثة لقاءات أعمال بين المصدرين الإكوادوريين والمستوردين المحليين.'],
      },
    },
  },
  scholarships: {
    slug: 'becas',
    topics: ['education'],
    text: {
      es: {
        title: 'Convocatoria de becas para estudiar en {country}',
        summary: 'Estudiantes ecuatorianos pueden postular a becas de posgrado ofrecidas por instituciones en {country}.',
        paragraphs: [
          'La misión publica las bases y los plazos de cada convocatoria en su sección de estudio.',
          'Para consultas, escriba al correo de la misión indicando su área de estudio.',
        ],
      },
      en: {
        title: 'Scholarships to study in {country}',
        summary: 'Ecuadorian students can apply for postgraduate scholarships offered by institutions in {country}.',
        paragraphs: ['The mission publishes the rules and deadlines of each call in its study section.', 'For questions, email the mission stating your field of study.'],
      },
      fr: {
        title: 'Appel à candidatures pour des bourses d’études en {country}',
        summary: 'Les étudiants équatoriens peuvent postuler à des bourses de troisième cycle offertes par des institutions en {country}.',
        paragraphs: [
          'La mission publie le règlement et les délais de chaque appel dans sa rubrique études.',
          'Pour toute question, écrivez à la mission en précisant votre domaine d’études.',
        ],
      },
      zh: {
        title: '赴{country}留学奖学金申请开始',
        summary: '厄瓜多尔学生可申请{country}机构提供的研究生奖学金。',
        paragraphs: ['本馆在留学栏目公布每期奖学金的申请条件和截止日期。', '如有疑问，请发送电子邮件至本馆并注明您的专业领域。'],
      },
      ar: {
        title: 'منح دراسية للدراسة في {country}',
        summary: 'يمكن للطلاب الإكوادوريين التقدم لمنح الدراسات العليا التي تقدمها مؤسسات في {country}.',
        paragraphs: ['تنشر البعثة شروط كل منحة ومواعيدها في قسم الدراسة.', 'للاستفسار، راسلوا البعثة بالبريد الإلكتروني مع ذكر مجال الدراسة.'],
      },
    },
  },
  communityMeeting: {
    slug: 'encuentro-comunidad',
    topics: ['human-mobility'],
    text: {
      es: {
        title: 'Encuentro con la comunidad ecuatoriana en {city}',
        summary: '{mission} se reunió con representantes de asociaciones de ecuatorianos residentes.',
        paragraphs: ['Se trataron temas de regularización migratoria, educación y acceso a servicios consulares.', 'La misión mantendrá estos encuentros de forma periódica.'],
      },
      en: {
        title: 'Meeting with the Ecuadorian community in {city}',
        summary: 'The {mission} met representatives of associations of Ecuadorians living locally.',
        paragraphs: ['Topics included immigration status, education and access to consular services.', 'The mission will hold such meetings regularly.'],
      },
      fr: {
        title: 'Rencontre avec la communauté équatorienne à {city}',
        summary: 'La mission a rencontré des représentants d’associations d’Équatoriens résidents.',
        paragraphs: ['Les échanges ont porté sur la régularisation, l’éducation et l’accès aux services consulaires.', 'La mission organisera ces rencontres régulièrement.'],
      },
      zh: {
        title: '与在{city}的厄瓜多尔侨民座谈',
        summary: '{mission}与当地厄瓜多尔侨民协会代表举行了会面。',
        paragraphs: ['双方讨论了移民身份、教育和领事服务等议题。', '本馆将定期举办此类座谈。'],
      },
      ar: {
        title: 'لقاء مع الجالية الإكوادورية في {city}',
        summary: 'التقت البعثة بممثلين عن جمعيات الإكوادوريين المقيمين.',
        paragraphs: ['تناول اللقاء مسائل تسوية الأوضاع والتعليم والوصول إلى الخدمات القنصلية.', 'ستعقد البعثة هذه اللقاءات بصورة دورية.'],
      },
    },
  },
  workingMeeting: {
    slug: 'reunion-de-trabajo',
    topics: ['diplomacy'],
    text: {
      es: {
        title: 'Reunión de trabajo con autoridades locales',
        summary: '{mission} mantuvo una reunión de trabajo sobre cooperación y atención a la comunidad ecuatoriana.',
        paragraphs: [
          'Las partes revisaron la agenda de cooperación y los mecanismos de atención a personas en movilidad.',
          'Se acordó mantener un diálogo periódico entre las instituciones.',
        ],
      },
      en: {
        title: 'Working meeting with local authorities',
        summary: 'The {mission} held a working meeting on cooperation and support for the Ecuadorian community.',
        paragraphs: ['The parties reviewed the cooperation agenda and the arrangements for people on the move.', 'They agreed to keep up a regular dialogue between institutions.'],
      },
      fr: {
        title: 'Réunion de travail avec les autorités locales',
        summary: 'La mission a tenu une réunion de travail sur la coopération et l’accompagnement de la communauté équatorienne.',
        paragraphs: [
          'Les parties ont passé en revue l’agenda de coopération et les dispositifs d’accueil des personnes en mobilité.',
          'Elles sont convenues de maintenir un dialogue régulier entre les institutions.',
        ],
      },
      zh: {
        title: '与当地政府举行工作会谈',
        summary: '{mission}就合作及为厄瓜多尔侨民提供服务举行工作会谈。',
        paragraphs: ['双方回顾了合作议程以及为流动人员提供服务的机制。', '双方同意保持机构间的定期对话。'],
      },
      ar: {
        title: 'اجتماع عمل مع السلطات المحلية',
        summary: 'عقدت البعثة اجتماع عمل بشأن التعاون ورعاية الجالية الإكوادورية.',
        paragraphs: ['استعرض الطرفان جدول أعمال التعاون وآليات رعاية الأشخاص المتنقلين.', 'اتفق الطرفان على مواصلة الحوار المنتظم بين المؤسسات.'],
      },
    },
  },
} satisfies Record<string, ReleaseTemplate>

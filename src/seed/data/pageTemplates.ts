import type { LocalizedText } from './text'

export type MissionPageKind = 'about' | 'bilateral-relations' | 'trade-investment' | 'tourism' | 'culture' | 'study'

/**
 * One template per page kind, filled with each mission's name, city and host country,
 * so every open mission gets the same six pages without 130 hand-written copies.
 * English text never starts a sentence with {country} ("the United States").
 */
export const PAGE_TEMPLATES: Record<MissionPageKind, LocalizedText> = {
  about: {
    es: {
      title: 'Sobre la misión',
      summary: '{mission}: quiénes somos y cómo podemos ayudarle.',
      paragraphs: [
        '{mission} representa al Ecuador en {country} y atiende a los ecuatorianos que viven en su circunscripción.',
        'Nuestro equipo ofrece servicios consulares, promueve el comercio, la cultura y la educación, y acompaña a la comunidad ecuatoriana en {city}.',
      ],
    },
    en: {
      title: 'About the mission',
      summary: '{mission}: who we are and how we can help.',
      paragraphs: [
        'The {mission} represents Ecuador in {country} and serves the Ecuadorians who live within its jurisdiction.',
        'Our team provides consular services, promotes trade, culture and education, and supports the Ecuadorian community in {city}.',
      ],
    },
    fr: {
      title: 'À propos de la mission',
      summary: '{mission} : qui nous sommes et comment nous pouvons vous aider.',
      paragraphs: [
        'La mission représente l’Équateur en {country} et sert les Équatoriens qui résident dans sa circonscription.',
        'Notre équipe fournit des services consulaires, promeut le commerce, la culture et l’éducation, et accompagne la communauté équatorienne à {city}.',
      ],
    },
    zh: {
      title: '关于本馆',
      summary: '{mission}：我们是谁，我们能为您做什么。',
      paragraphs: [
        '{mission}在{country}代表厄瓜多尔，并为辖区内的厄瓜多尔公民提供服务。',
        '我们的团队提供领事服务，促进贸易、文化和教育交流，并支持在{city}的厄瓜多尔侨民。',
      ],
    },
    ar: {
      title: 'عن البعثة',
      summary: '{mission}: من نحن وكيف يمكننا مساعدتكم.',
      paragraphs: [
        'تمثل البعثة الإكوادور في {country} وتخدم المواطنين الإكوادوريين المقيمين في دائرة اختصاصها.',
        'يقدم فريقنا الخدمات القنصلية ويعزز التجارة والثقافة والتعليم ويدعم الجالية الإكوادورية في {city}.',
      ],
    },
  },
  'bilateral-relations': {
    es: {
      title: 'Relaciones bilaterales',
      summary: 'El Ecuador y {country}: diálogo político, cooperación y acuerdos.',
      paragraphs: [
        'El Ecuador y {country} mantienen relaciones diplomáticas basadas en el respeto mutuo y la cooperación.',
        'Esta página reúne los principales ámbitos de trabajo conjunto: diálogo político, cooperación técnica, movilidad humana y asuntos multilaterales.',
      ],
    },
    en: {
      title: 'Bilateral relations',
      summary: 'Ecuador and {country}: political dialogue, cooperation and agreements.',
      paragraphs: [
        'Ecuador maintains diplomatic relations with {country} based on mutual respect and cooperation.',
        'This page brings together the main areas of joint work: political dialogue, technical cooperation, human mobility and multilateral affairs.',
      ],
    },
    fr: {
      title: 'Relations bilatérales',
      summary: 'Dialogue politique, coopération et accords.',
      paragraphs: [
        'La mission entretient, au nom de l’Équateur, des relations diplomatiques fondées sur le respect mutuel et la coopération.',
        'Cette page réunit les principaux domaines de travail commun : dialogue politique, coopération technique, mobilité humaine et affaires multilatérales.',
      ],
    },
    zh: {
      title: '双边关系',
      summary: '厄瓜多尔与{country}：政治对话、合作与协议。',
      paragraphs: [
        '厄瓜多尔与{country}在相互尊重与合作的基础上保持外交关系。',
        '本页汇集双方共同工作的主要领域：政治对话、技术合作、人员流动和多边事务。',
      ],
    },
    ar: {
      title: 'العلاقات الثنائية',
      summary: 'الإكوادور و{country}: الحوار السياسي والتعاون والاتفاقيات.',
      paragraphs: [
        'تقيم الإكوادور و{country} علاقات دبلوماسية قائمة على الاحترام المتبادل والتعاون.',
        'تجمع هذه الصفحة أهم مجالات العمل المشترك: الحوار السياسي والتعاون التقني والتنقل البشري والشؤون متعددة الأطراف.',
      ],
    },
  },
  'trade-investment': {
    es: {
      title: 'Comercio e inversiones',
      summary: 'Oportunidades de comercio e inversión entre el Ecuador y {country}.',
      paragraphs: [
        'El Ecuador exporta banano, camarón, cacao, flores y café a mercados de todo el mundo.',
        'La misión orienta a importadores e inversionistas en {country} y acompaña a las empresas ecuatorianas que buscan nuevos mercados.',
      ],
    },
    en: {
      title: 'Trade and investment',
      summary: 'Trade and investment opportunities between Ecuador and {country}.',
      paragraphs: [
        'Ecuador exports bananas, shrimp, cocoa, flowers and coffee to markets around the world.',
        'The mission advises importers and investors from {country} and supports Ecuadorian companies looking for new markets.',
      ],
    },
    fr: {
      title: 'Commerce et investissement',
      summary: 'Opportunités de commerce et d’investissement avec l’Équateur.',
      paragraphs: [
        'L’Équateur exporte des bananes, des crevettes, du cacao, des fleurs et du café vers les marchés du monde entier.',
        'La mission oriente les importateurs et les investisseurs en {country} et accompagne les entreprises équatoriennes à la recherche de nouveaux marchés.',
      ],
    },
    zh: {
      title: '贸易与投资',
      summary: '厄瓜多尔与{country}之间的贸易和投资机会。',
      paragraphs: [
        '厄瓜多尔向世界各地市场出口香蕉、虾、可可、鲜花和咖啡。',
        '本馆为{country}的进口商和投资者提供指导，并协助寻求新市场的厄瓜多尔企业。',
      ],
    },
    ar: {
      title: 'التجارة والاستثمار',
      summary: 'فرص التجارة والاستثمار بين الإكوادور و{country}.',
      paragraphs: [
        'تصدّر الإكوادور الموز والروبيان والكاكاو والزهور والقهوة إلى أسواق العالم.',
        'ترشد البعثة المستوردين والمستثمرين في {country} وترافق الشركات الإكوادورية الباحثة عن أسواق جديدة.',
      ],
    },
  },
  tourism: {
    es: {
      title: 'Turismo',
      summary: 'Visite el Ecuador: cuatro mundos en un solo país.',
      paragraphs: [
        'Las islas Galápagos, los Andes, la Amazonía y la costa del Pacífico se encuentran a pocas horas de distancia.',
        'Antes de viajar desde {country}, consulte los requisitos de entrada en la sección de servicios consulares.',
      ],
    },
    en: {
      title: 'Tourism',
      summary: 'Visit Ecuador: four worlds in one country.',
      paragraphs: [
        'The Galápagos Islands, the Andes, the Amazon and the Pacific coast lie within a few hours of each other.',
        'Before travelling from {country}, check the entry requirements in the consular services section.',
      ],
    },
    fr: {
      title: 'Tourisme',
      summary: 'Visitez l’Équateur : quatre mondes en un seul pays.',
      paragraphs: [
        'Les îles Galápagos, les Andes, l’Amazonie et la côte Pacifique ne sont qu’à quelques heures les unes des autres.',
        'Avant de partir, consultez les conditions d’entrée dans la rubrique des services consulaires.',
      ],
    },
    zh: {
      title: '旅游',
      summary: '访问厄瓜多尔：一个国家，四个世界。',
      paragraphs: [
        '加拉帕戈斯群岛、安第斯山脉、亚马孙雨林和太平洋海岸彼此相距仅几个小时。',
        '从{country}出发前，请在领事服务栏目中查看入境要求。',
      ],
    },
    ar: {
      title: 'السياحة',
      summary: 'زوروا الإكوادور: أربعة عوالم في بلد واحد.',
      paragraphs: [
        'لا تفصل جزر غالاباغوس وجبال الأنديز والأمازون وساحل المحيط الهادئ سوى ساعات قليلة.',
        'قبل السفر من {country}، يرجى الاطلاع على شروط الدخول في قسم الخدمات القنصلية.',
      ],
    },
  },
  culture: {
    es: {
      title: 'Cultura',
      summary: 'Agenda cultural del Ecuador en {city}.',
      paragraphs: [
        'La misión difunde la música, el cine, la literatura y la gastronomía ecuatorianas junto con instituciones culturales en {country}.',
        'Consulte las noticias para conocer las próximas actividades abiertas al público.',
      ],
    },
    en: {
      title: 'Culture',
      summary: 'Ecuador’s cultural programme in {city}.',
      paragraphs: [
        'The mission shares Ecuadorian music, film, literature and food with cultural institutions in {country}.',
        'See the news for upcoming events open to the public.',
      ],
    },
    fr: {
      title: 'Culture',
      summary: 'Programme culturel de l’Équateur à {city}.',
      paragraphs: [
        'La mission fait connaître la musique, le cinéma, la littérature et la gastronomie équatoriennes avec des institutions culturelles en {country}.',
        'Consultez les actualités pour connaître les prochaines activités ouvertes au public.',
      ],
    },
    zh: {
      title: '文化',
      summary: '厄瓜多尔在{city}的文化活动。',
      paragraphs: [
        '本馆与{country}的文化机构合作，推广厄瓜多尔的音乐、电影、文学和美食。',
        '请关注新闻栏目，了解即将举办的公众活动。',
      ],
    },
    ar: {
      title: 'الثقافة',
      summary: 'البرنامج الثقافي للإكوادور في {city}.',
      paragraphs: [
        'تعرّف البعثة بالموسيقى والسينما والأدب والمطبخ الإكوادوري بالتعاون مع المؤسسات الثقافية في {country}.',
        'تابعوا الأخبار لمعرفة الفعاليات القادمة المفتوحة للجمهور.',
      ],
    },
  },
  study: {
    es: {
      title: 'Estudiar en {country}',
      summary: 'Becas, convalidación de títulos y consejos para estudiantes ecuatorianos.',
      paragraphs: [
        'Las universidades en {country} reciben cada año a estudiantes ecuatorianos de grado y posgrado.',
        'La misión informa sobre becas, el reconocimiento de títulos y los trámites de visa de estudiante.',
      ],
    },
    en: {
      title: 'Study in {country}',
      summary: 'Scholarships, recognition of degrees and advice for Ecuadorian students.',
      paragraphs: [
        'Universities in {country} welcome Ecuadorian undergraduate and graduate students every year.',
        'The mission provides information on scholarships, recognition of degrees and student visa procedures.',
      ],
    },
    fr: {
      title: 'Étudier en {country}',
      summary: 'Bourses, reconnaissance des diplômes et conseils aux étudiants équatoriens.',
      paragraphs: [
        'Les universités en {country} accueillent chaque année des étudiants équatoriens de licence et de master.',
        'La mission informe sur les bourses, la reconnaissance des diplômes et les démarches de visa étudiant.',
      ],
    },
    zh: {
      title: '在{country}留学',
      summary: '奖学金、学历认证及对厄瓜多尔学生的建议。',
      paragraphs: [
        '{country}的大学每年接收来自厄瓜多尔的本科生和研究生。',
        '本馆提供奖学金、学历认证和学生签证手续方面的信息。',
      ],
    },
    ar: {
      title: 'الدراسة في {country}',
      summary: 'المنح الدراسية ومعادلة الشهادات ونصائح للطلاب الإكوادوريين.',
      paragraphs: [
        'تستقبل جامعات {country} كل عام طلابًا إكوادوريين في مرحلتي البكالوريوس والدراسات العليا.',
        'تقدم البعثة معلومات عن المنح الدراسية ومعادلة الشهادات وإجراءات تأشيرة الطالب.',
      ],
    },
  },
}

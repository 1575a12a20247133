import type { Messages } from './messages'

export const ar: Messages = {
  skipToContent: 'انتقل إلى المحتوى الرئيسي',
  primaryNavigation: 'التنقل الرئيسي',
  languageNavigation: 'اللغة',
  breadcrumb: 'مسار التنقل',
  nav: { home: 'الرئيسية', news: 'الأخبار', services: 'الخدمات', contact: 'المكاتب والاتصال', social: 'وسائل التواصل الاجتماعي', atlas: 'أطلس التواصل' },
  missionPages: {
    about: 'عن البعثة', 'bilateral-relations': 'العلاقات الثنائية', 'trade-investment': 'التجارة والاستثمار',
    tourism: 'السياحة', culture: 'الثقافة', study: 'الدراسة',
  },
  missionTypes: {
    embassy: 'سفارة', 'high-commission': 'مفوضية عليا', 'consulate-general': 'قنصلية عامة', consulate: 'قنصلية',
    'permanent-mission': 'بعثة دائمة', delegation: 'وفد', 'honorary-consulate': 'قنصلية فخرية',
    'trade-office': 'مكتب تجاري وثقافي', 'interests-section': 'قسم رعاية المصالح', office: 'مكتب', other: 'تمثيل آخر',
  },
  serviceCategories: {
    passports: 'جوازات السفر', 'civil-registry': 'السجل المدني', visas: 'التأشيرات', legalisations: 'التصديقات والأبوستيل',
    registration: 'تسجيل المواطنين في الخارج', voting: 'التصويت في الخارج', assistance: 'المساعدة والحماية',
    'mobile-consulate': 'القنصلية المتنقلة', notarial: 'الخدمات التوثيقية', other: 'خدمات أخرى',
  },
  audiences: { nationals: 'المواطنون', foreigners: 'الأجانب' },
  feeds: { rss: 'الأخبار (RSS)', jsonFeed: 'الأخبار (JSON Feed)' },
  relatedBodies: 'جهات ذات صلة',
  sampleData: 'بيانات تجريبية: العناوين والأرقام غير حقيقية.',
  home: {
    latestNews: 'آخر الأخبار', keyServices: 'الخدمات الرئيسية', openingToday: 'ساعات العمل اليوم',
    closedToday: 'المكتب مغلق اليوم', noHoursToday: 'لا يوجد استقبال للجمهور اليوم', emergency: 'رقم الطوارئ',
    emergencyHelp: 'للمواطنين في حالات الطوارئ: الاعتقال أو الحادث أو الوفاة أو الكوارث. متاح ليلاً ونهاراً.',
    allNews: 'كل الأخبار', allServices: 'كل الخدمات',
  },
  news: {
    title: 'الأخبار', archivePage: (page) => `الأرشيف، الصفحة ${page}`, newer: 'أخبار أحدث', older: 'أخبار أقدم',
    pagination: 'ترقيم الصفحات', published: 'نُشر في', updated: 'حُدّث في', topics: 'المواضيع', empty: 'لا توجد أخبار بعد.', from: 'الناشر',
  },
  services: {
    title: 'الخدمات', intro: 'الإجراءات القنصلية والخدمات التي تقدمها هذه البعثة.', audience: 'موجهة إلى', requirements: 'المتطلبات',
    fee: 'الرسوم', free: 'مجاناً', processingTime: 'مدة الإنجاز', bookAppointment: 'حجز موعد', updated: 'آخر تحديث', empty: 'لا توجد خدمات منشورة.',
  },
  appointments: {
    title: 'المواعيد', nextAvailable: 'أقرب موعد متاح',
    noneAvailable: 'لا توجد مواعيد شاغرة حالياً خلال فترة الحجز، وتُفتح مواعيد جديدة كل يوم.',
    asOfBuild: 'حُسب هذا التاريخ عند نشر هذه الصفحة، ويعرض تقويم المواعيد ما هو متاح في هذه اللحظة.',
    homeIntro: 'احجز موعدك عبر الإنترنت للخدمات القنصلية التي تتطلب موعداً.',
  },
  contact: {
    title: 'المكاتب والاتصال', mainOffice: 'المكتب الرئيسي', address: 'العنوان', phones: 'الهاتف', emergency: 'الطوارئ (24 ساعة)',
    email: 'البريد الإلكتروني', contactForm: 'نموذج الاتصال', openingHours: 'ساعات العمل', closures: 'أيام الإغلاق',
    access: 'كيفية الوصول', map: 'الموقع', mapLink: (office) => `عرض ${office} على OpenStreetMap`, headOfMission: 'رئيس البعثة', jurisdiction: 'نطاق الاختصاص',
  },
  social: { title: 'وسائل التواصل الاجتماعي', intro: 'الحسابات الرسمية لهذه البعثة.', empty: 'لا توجد حسابات مسجلة لهذه البعثة.' },
  notFound: { title: 'الصفحة غير موجودة', body: 'الصفحة التي تبحث عنها غير موجودة أو تم نقلها.', backHome: 'العودة إلى الرئيسية' },
  atlas: {
    title: 'أطلس وسائل التواصل الاجتماعي',
    intro: 'الحسابات الرسمية لكل سفارة وقنصلية وبعثة في الشبكة، حسب البلد.',
    platformTitle: (platform) => `أطلس وسائل التواصل الاجتماعي: ${platform}`,
    platformIntro: (platform) => `البعثات التي لها حساب على ${platform}، حسب البلد.`,
    filter: 'التصفية حسب المنصة', allPlatforms: 'جميع المنصات', bodies: 'الوزارة والهيئات ذات الصلة', byCountry: 'حسب البلد', noAccounts: 'لا توجد حسابات مسجلة.', closed: 'مغلقة',
    search: 'ابحث عن بعثة أو مدينة أو بلد', shown: 'البعثات المعروضة: {count}',
    openData: 'البيانات المفتوحة', openDataIntro: 'الأطلس ودليل البعثات، لإعادة الاستخدام بحرية.', atlasData: 'أطلس الحسابات', missionsData: 'دليل البعثات',
  },
}

import type { CorpsMessages } from './messages'

export const ar: CorpsMessages = {
  title: 'السلك الدبلوماسي والمنظمات الدولية المعتمدة',
  intro: 'السفارات والقنصليات ومكاتب المنظمات الدولية المعتمدة في البلد، مع رؤساء البعثات وبيانات الاتصال.',
  byCountry: 'حسب البلد',
  precedence: 'ترتيب الأسبقية',
  precedenceIntro: 'رؤساء البعثات الدبلوماسية حسب الفئة وتاريخ تقديم أوراق اعتمادهم؛ ورؤساء المراكز القنصلية حسب الفئة وتاريخ منح الإجازة القنصلية.',
  views: 'طرق عرض القائمة',
  diplomaticCorps: 'السلك الدبلوماسي',
  consularCorps: 'السلك القنصلي',
  organisations: 'المنظمات الدولية',
  organisationsNote: 'لا أسبقية للمنظمات الدولية فيما بينها: ترد مرتبة حسب الاسم.',
  kinds: {
    embassy: 'سفارة', 'high-commission': 'مفوضية عليا', delegation: 'بعثة', 'consulate-general': 'قنصلية عامة',
    consulate: 'قنصلية', 'honorary-consulate': 'قنصلية فخرية', 'international-organisation': 'مكتب منظمة دولية',
  },
  classes: {
    ambassador: 'سفير', envoy: 'مبعوث أو وزير مفوض', 'charge-d-affaires': 'قائم بالأعمال أصيل', 'charge-d-affaires-ai': 'قائم بالأعمال بالنيابة',
    'consul-general': 'قنصل عام', consul: 'قنصل', 'vice-consul': 'نائب قنصل', 'consular-agent': 'وكيل قنصلي', representative: 'ممثل',
  },
  position: 'الرقم', head: 'رئيس البعثة', mission: 'البعثة',
  credentials: 'أوراق الاعتماد', exequatur: 'الإجازة القنصلية', accredited: 'الاعتماد', pending: 'قيد الانتظار',
  address: 'العنوان', phone: 'الهاتف', email: 'البريد الإلكتروني', website: 'الموقع الإلكتروني', accounts: 'وسائل التواصل الاجتماعي', nationalDay: 'العيد الوطني',
  openData: 'القائمة بيانات مفتوحة',
  none: 'لم تُنشر أي بعثة معتمدة بعد.',
  sampleEntry: '(بيانات تجريبية)',
  sampleNotice: 'العناوين والأرقام والأسماء والتواريخ في المدخلات الموسومة بيانات تجريبية مختلقة.',
}

import type { NearestOfficeMessages } from './messages'

export const ar: NearestOfficeMessages = {
  title: 'أقرب مكتب',
  description: 'سفارات الشبكة وقنصلياتها ومكاتبها، حسب البلد وحسب المسافة.',
  intro: 'جميع مكاتب الشبكة، حسب البلد. بناءً على موقعك أو مدينتك، ترتبها هذه الصفحة حسب المسافة.',
  byCountry: 'المكاتب حسب البلد',
  finder: {
    heading: 'ابحث عن أقرب المكاتب إليك',
    cityLabel: 'مدينتك',
    cityHint: 'إذا تشاركت عدة مدن الاسم نفسه، أضف البلد بعد فاصلة: «Valencia, إسبانيا».',
    submit: 'بحث',
    useLocation: 'استخدم موقعي',
    locating: 'جارٍ تحديد موقعك…',
    nearestToPlace: 'أقرب المكاتب إلى {place}',
    nearestToYou: 'أقرب المكاتب إلى موقعك',
    notFound: 'لم نعثر على مدينة باسم «{query}». جرّب مدينة كبيرة قريبة، أو ابحث عن بلدك في القائمة.',
    locationFailed: 'تعذّر استخدام موقعك. اكتب اسم مدينتك.',
    loadFailed: 'تعذّر تحميل قائمة المكاتب. ابحث عن بلدك في القائمة.',
    distance: '{km} كم',
  },
  contact: 'اتصل بنا',
  linkFromContact: 'ابحث عن أقرب مكتب في الشبكة',
}

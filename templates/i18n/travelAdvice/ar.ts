import type { TravelAdviceMessages } from './messages'

export const ar: TravelAdviceMessages = {
  title: 'نصائح السفر',
  intro: 'ما يجب معرفته قبل السفر إلى كل بلد: الأمن والسلامة، وشروط الدخول، والصحة، والقوانين والأعراف المحلية، والمخاطر الطبيعية، وأين تطلب المساعدة.',
  levels: { 1: 'اتخذ الاحتياطات المعتادة', 2: 'توخَّ مزيدًا من الحذر', 3: 'أعد النظر في السفر', 4: 'لا تسافر' },
  levelNumber: (n) => `المستوى ${n}`,
  country: 'البلد', level: 'المستوى', lastReviewed: 'آخر مراجعة', lastChange: 'آخر تغيير', summary: 'ملخص',
  parts: { safety: 'الأمن والسلامة', entry: 'شروط الدخول', health: 'الصحة', laws: 'القوانين والأعراف المحلية', hazards: 'المخاطر الطبيعية', help: 'الحصول على المساعدة' },
  regions: 'مناطق بمستوى مختلف',
  higherInParts: (n) => `المستوى ${n} في أجزاء من البلد`,
  history: 'سجل التغييرات', major: 'تغيير مهم', minor: 'تغيير طفيف',
  countryTitle: (c) => `نصائح السفر: ${c}`,
  panelHeading: (c) => `نصائح السفر إلى ${c}`,
  panelLink: (c) => `اقرأ نصائح السفر إلى ${c}`,
  feedsHeading: 'تابع التغييرات',
  countryFeed: (c) => `التغييرات المهمة: ${c}`,
  allChanges: 'كل التغييرات في كل البلدان',
  majorChanges: 'التغييرات المهمة في كل البلدان',
  openData: 'المستويات كبيانات مفتوحة',
  noAdvice: 'لم تُنشر أي نصائح سفر بعد.',
  itemTitle: (c, l) => `${c}: ${l}`,
}

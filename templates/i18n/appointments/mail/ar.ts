import type { AppointmentMailMessages } from './messages'

export const ar: AppointmentMailMessages = {
  subject: {
    confirmed: (ref, service) => `تم حجز الموعد: ${service} — ${ref}`,
    moved: (ref, service) => `تم تغيير الموعد: ${service} — ${ref}`,
    reminder: (ref, service) => `تذكير: موعدكم غدًا، ${service} — ${ref}`,
    cancelled: (ref, service) => `تم إلغاء الموعد: ${service} — ${ref}`,
  },
  greeting: (name) => `السيد/السيدة ${name}،`,
  lead: {
    confirmed: 'تم حجز موعدكم.',
    moved: 'تم نقل موعدكم. التاريخ والوقت الجديدان أدناه؛ ولم يعد الموعد السابق قائمًا.',
    reminder: 'نذكّركم بموعدكم غدًا.',
    cancelledByStaff: 'نأسف لاضطرارنا إلى إلغاء موعدكم.',
    cancelledByApplicant: 'تم إلغاء موعدكم بناءً على طلبكم.',
  },
  label: { reference: 'الرقم المرجعي', service: 'الخدمة', office: 'المكتب', when: 'التاريخ والوقت', people: 'عدد الأشخاص', reason: 'السبب' },
  localTime: (time, zone) => `${time} (${zone})`,
  bring: 'ما يجب إحضاره',
  manage: 'لإلغاء موعدكم أو تغييره، افتحوا هذا الرابط. لا تشاركوه مع أحد: فهو يعمل دون كلمة مرور.',
  calendar: 'يضيف الملف المرفق الموعد إلى تقويمكم.',
  bookAgain: 'لحجز موعد آخر:',
  signature: (m) => `\n\n--\n${m}\nتتعلق هذه الرسالة بموعد محجوز عبر موقعنا.\n`,
}

import type { LocaleCode } from '../../src/config/locales'

/** A plain-text message: what a citizen receives must read in any mail client, and carries no tracking. */
export type MailText = { subject: string; text: string }

type MailMessages = {
  ackSubject: (reference: string, mission: string) => string
  ackBody: (p: { name: string; reference: string; mission: string; replyDays: number | null }) => string
  replySubject: (reference: string, mission: string) => string
  replyBody: (p: { name: string; reference: string; mission: string; reply: string; surveyUrl: string }) => string
  signature: (mission: string) => string
}

const MESSAGES: Record<LocaleCode, MailMessages> = {
  es: {
    ackSubject: (ref, m) => `Hemos recibido su consulta ${ref} — ${m}`,
    ackBody: ({ name, reference, mission, replyDays }) =>
      `Estimado/a ${name}:\n\nHemos recibido su consulta a ${mission}. Su número de referencia es ${reference}; indíquelo si vuelve a escribirnos.` +
      (replyDays ? `\n\nNos comprometemos a responder en un plazo de ${replyDays} días hábiles.` : ''),
    replySubject: (ref, m) => `Respuesta a su consulta ${ref} — ${m}`,
    replyBody: ({ name, reference, reply, surveyUrl }) =>
      `Estimado/a ${name}:\n\n${reply}\n\nReferencia: ${reference}\n\n¿Le hemos ayudado? Díganos su opinión en un minuto:\n${surveyUrl}`,
    signature: (m) => `\n\n--\n${m}\nEste mensaje se envió en respuesta a una consulta enviada desde nuestro sitio web.\n`,
  },
  en: {
    ackSubject: (ref, m) => `We have received your enquiry ${ref} — ${m}`,
    ackBody: ({ name, reference, mission, replyDays }) =>
      `Dear ${name},\n\nWe have received your enquiry to ${mission}. Your reference number is ${reference}; please quote it if you write to us again.` +
      (replyDays ? `\n\nWe undertake to reply within ${replyDays} working days.` : ''),
    replySubject: (ref, m) => `Reply to your enquiry ${ref} — ${m}`,
    replyBody: ({ name, reference, reply, surveyUrl }) =>
      `Dear ${name},\n\n${reply}\n\nReference: ${reference}\n\nDid we help? Tell us in one minute:\n${surveyUrl}`,
    signature: (m) => `\n\n--\n${m}\nThis message answers an enquiry sent from our website.\n`,
  },
  fr: {
    ackSubject: (ref, m) => `Nous avons reçu votre demande ${ref} — ${m}`,
    ackBody: ({ name, reference, mission, replyDays }) =>
      `Madame, Monsieur ${name},\n\nNous avons reçu votre demande adressée à ${mission}. Votre numéro de référence est ${reference} ; merci de le rappeler si vous nous écrivez à nouveau.` +
      (replyDays ? `\n\nNous nous engageons à répondre dans un délai de ${replyDays} jours ouvrés.` : ''),
    replySubject: (ref, m) => `Réponse à votre demande ${ref} — ${m}`,
    replyBody: ({ name, reference, reply, surveyUrl }) =>
      `Madame, Monsieur ${name},\n\n${reply}\n\nRéférence : ${reference}\n\nAvons-nous pu vous aider ? Dites-le-nous en une minute :\n${surveyUrl}`,
    signature: (m) => `\n\n--\n${m}\nCe message répond à une demande envoyée depuis notre site.\n`,
  },
  zh: {
    ackSubject: (ref, m) => `我们已收到您的咨询 ${ref} — ${m}`,
    ackBody: ({ name, reference, mission, replyDays }) =>
      `${name}，您好：\n\n我们已收到您发给${mission}的咨询。您的编号是 ${reference}，再次来信时请注明。` +
      (replyDays ? `\n\n我们承诺在 ${replyDays} 个工作日内答复。` : ''),
    replySubject: (ref, m) => `关于您的咨询 ${ref} 的答复 — ${m}`,
    replyBody: ({ name, reference, reply, surveyUrl }) =>
      `${name}，您好：\n\n${reply}\n\n编号：${reference}\n\n我们的答复对您有帮助吗？请用一分钟告诉我们：\n${surveyUrl}`,
    signature: (m) => `\n\n--\n${m}\n本邮件答复您通过我们网站发送的咨询。\n`,
  },
  ar: {
    ackSubject: (ref, m) => `تلقينا استفساركم ${ref} — ${m}`,
    ackBody: ({ name, reference, mission, replyDays }) =>
      `السيد/السيدة ${name}،\n\nتلقينا استفساركم الموجه إلى ${mission}. رقمكم المرجعي هو ${reference}؛ يرجى ذكره إذا راسلتمونا مجددًا.` +
      (replyDays ? `\n\nنلتزم بالرد خلال ${replyDays} أيام عمل.` : ''),
    replySubject: (ref, m) => `الرد على استفساركم ${ref} — ${m}`,
    replyBody: ({ name, reference, reply, surveyUrl }) =>
      `السيد/السيدة ${name}،\n\n${reply}\n\nالرقم المرجعي: ${reference}\n\nهل ساعدناكم؟ أخبرونا في دقيقة واحدة:\n${surveyUrl}`,
    signature: (m) => `\n\n--\n${m}\nهذه الرسالة رد على استفسار أُرسل من موقعنا.\n`,
  },
}

export type EnquiryMailFacts = { locale: LocaleCode; name: string; reference: string; mission: string }

/** The acknowledgement a sender receives at once, in the language of the page they wrote from. */
export function enquiryAcknowledgement(facts: EnquiryMailFacts & { replyDays: number | null }): MailText {
  const t = MESSAGES[facts.locale]
  return { subject: t.ackSubject(facts.reference, facts.mission), text: t.ackBody(facts) + t.signature(facts.mission) }
}

/** The mission's reply, with the link to the satisfaction survey tied to this enquiry. */
export function enquiryReply(facts: EnquiryMailFacts & { reply: string; surveyUrl: string }): MailText {
  const t = MESSAGES[facts.locale]
  return { subject: t.replySubject(facts.reference, facts.mission), text: t.replyBody(facts) + t.signature(facts.mission) }
}

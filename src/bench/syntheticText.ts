import type { LocaleCode } from '../config/locales'

/**
 * Deterministic filler text per language, so the synthetic network has titles and bodies of
 * realistic length and script (Latin, Han, Arabic) without shipping a corpus.
 */
const WORDS: Record<LocaleCode, string[]> = {
  es: 'embajada consulado ministerio cooperación acuerdo visita oficial delegación reunión bilateral comercio cultura ciudadanos servicio pasaporte elecciones inversión turismo educación becas comunidad'.split(' '),
  en: 'embassy consulate ministry cooperation agreement official visit delegation meeting bilateral trade culture citizens service passport elections investment tourism education scholarships community'.split(' '),
  fr: 'ambassade consulat ministère coopération accord visite officielle délégation réunion bilatérale commerce culture citoyens service passeport élections investissement tourisme éducation bourses communauté'.split(' '),
  zh: '大使馆 领事馆 外交部 合作 协议 正式 访问 代表团 会议 双边 贸易 文化 公民 服务 护照 选举 投资 旅游 教育 奖学金'.split(' '),
  ar: 'السفارة القنصلية الوزارة التعاون اتفاق زيارة رسمية وفد اجتماع ثنائي التجارة الثقافة المواطنين خدمة جواز الانتخابات الاستثمار السياحة التعليم المنح'.split(' '),
}

const SEPARATOR: Record<LocaleCode, string> = { es: ' ', en: ' ', fr: ' ', zh: '', ar: ' ' }

/** A small deterministic generator (mulberry32): the same seed always gives the same network. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function sentence(locale: LocaleCode, next: () => number, words: number): string {
  const list = WORDS[locale]
  const picked = Array.from({ length: words }, () => list[Math.floor(next() * list.length)])
  const text = picked.join(SEPARATOR[locale])
  const end = locale === 'zh' ? '。' : locale === 'ar' ? '.' : '.'
  return text.charAt(0).toUpperCase() + text.slice(1) + end
}

export function paragraph(locale: LocaleCode, next: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(locale, next, 8 + Math.floor(next() * 8))).join(SEPARATOR[locale] || '')
}

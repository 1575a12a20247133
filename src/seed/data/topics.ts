import type { Localized } from '../localized'

export type TopicSeed = { slug: string; name: Localized }

export const TOPICS: TopicSeed[] = [
  { slug: 'consular-services', name: { es: 'Servicios consulares', en: 'Consular services', fr: 'Services consulaires', zh: '领事服务', ar: 'الخدمات القنصلية' } },
  { slug: 'human-mobility', name: { es: 'Movilidad humana', en: 'Human mobility', fr: 'Mobilité humaine', zh: '人员流动', ar: 'التنقل البشري' } },
  { slug: 'trade-investment', name: { es: 'Comercio e inversiones', en: 'Trade and investment', fr: 'Commerce et investissement', zh: '贸易与投资', ar: 'التجارة والاستثمار' } },
  { slug: 'culture', name: { es: 'Cultura', en: 'Culture', fr: 'Culture', zh: '文化', ar: 'الثقافة' } },
  { slug: 'diplomacy', name: { es: 'Diplomacia', en: 'Diplomacy', fr: 'Diplomatie', zh: '外交', ar: 'الدبلوماسية' } },
  { slug: 'education', name: { es: 'Educación y becas', en: 'Education and scholarships', fr: 'Éducation et bourses', zh: '教育与奖学金', ar: 'التعليم والمنح الدراسية' } },
]

import type { Localized } from '../localized'

/** Placeholder illustrations drawn locally (no photographs, no network): a coloured banner with a caption. */
export type ImageSeed = {
  key: string
  filename: string
  background: string
  foreground: string
  caption: string
  alt: Localized
}

export const IMAGES: ImageSeed[] = [
  {
    key: 'consular',
    filename: 'demo-consular-services.png',
    background: '#034ea2',
    foreground: '#ffffff',
    caption: 'Consular services',
    alt: {
      es: 'Ilustración azul con el texto «Consular services»',
      en: 'Blue illustration with the words “Consular services”',
      fr: 'Illustration bleue portant les mots « Consular services »',
      zh: '蓝色插图，上面写着“Consular services”',
      ar: 'رسم توضيحي أزرق مكتوب عليه «Consular services»',
    },
  },
  {
    key: 'culture',
    filename: 'demo-culture.png',
    background: '#ed1c24',
    foreground: '#ffffff',
    caption: 'Culture',
    alt: {
      es: 'Ilustración roja con el texto «Culture»',
      en: 'Red illustration with the word “Culture”',
      fr: 'Illustration rouge portant le mot « Culture »',
      zh: '红色插图，上面写着“Culture”',
      ar: 'رسم توضيحي أحمر مكتوب عليه «Culture»',
    },
  },
  {
    key: 'trade',
    filename: 'demo-trade.png',
    background: '#1b7a3e',
    foreground: '#ffffff',
    caption: 'Trade and investment',
    alt: {
      es: 'Ilustración verde con el texto «Trade and investment»',
      en: 'Green illustration with the words “Trade and investment”',
      fr: 'Illustration verte portant les mots « Trade and investment »',
      zh: '绿色插图，上面写着“Trade and investment”',
      ar: 'رسم توضيحي أخضر مكتوب عليه «Trade and investment»',
    },
  },
  {
    key: 'ministry',
    filename: 'demo-ministry.png',
    background: '#ffdd00',
    foreground: '#034ea2',
    caption: 'Cancillería',
    alt: {
      es: 'Ilustración amarilla con el texto «Cancillería»',
      en: 'Yellow illustration with the word “Cancillería”',
      fr: 'Illustration jaune portant le mot « Cancillería »',
      zh: '黄色插图，上面写着“Cancillería”',
      ar: 'رسم توضيحي أصفر مكتوب عليه «Cancillería»',
    },
  },
]

export type ImageKey = 'consular' | 'culture' | 'trade' | 'ministry'

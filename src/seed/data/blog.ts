import type { LocaleCode } from '../../config/locales'
import type { LocalizedText } from './text'

export type BlogSeed = {
  slug: string
  /** The mission whose site carries it; null for the ministry's own blog. */
  mission: string | null
  daysAgo: number
  authors: { name: string; role: Partial<Record<LocaleCode, string>> & { es: string } }[]
  topics: string[]
  text: LocalizedText
}

/** Posts in a personal voice, signed by named (fictitious) people: the demo's blogs. */
export const BLOG_POSTS: BlogSeed[] = [
  {
    slug: 'un-ano-en-madrid',
    mission: 'madrid',
    daysAgo: 6,
    authors: [{ name: 'Lucía Andrade Vélez', role: { es: 'Embajadora del Ecuador en España', en: 'Ambassador of Ecuador to Spain' } }],
    topics: ['human-mobility', 'culture'],
    text: {
      es: {
        title: 'Un año en Madrid: lo que me ha enseñado nuestra comunidad',
        summary: 'Doce meses después de presentar cartas credenciales, la embajadora cuenta lo que ha aprendido de los ecuatorianos en España.',
        paragraphs: [
          'Hace un año presenté mis cartas credenciales. Desde entonces he visitado once ciudades y he conocido a cientos de compatriotas que trabajan, estudian y crían a sus hijos en España.',
          'Lo que más me ha impresionado es la red de asociaciones que se apoyan entre sí: desde los clubes deportivos hasta los grupos de madres que acompañan a quienes acaban de llegar.',
          'El año próximo queremos acercar el consulado a quienes viven lejos de Madrid, con más jornadas de consulado móvil y más trámites en línea.',
        ],
      },
      en: {
        title: 'A year in Madrid: what our community has taught me',
        summary: 'Twelve months after presenting her credentials, the ambassador tells what she has learnt from Ecuadorians in Spain.',
        paragraphs: [
          'A year ago I presented my credentials. Since then I have visited eleven cities and met hundreds of compatriots who work, study and raise their children in Spain.',
          'What has struck me most is the network of associations that support one another, from sports clubs to the groups of mothers who look after those who have just arrived.',
          'Next year we want to bring the consulate closer to those who live far from Madrid, with more mobile consulate days and more services online.',
        ],
      },
    },
  },
  {
    slug: 'diplomacia-que-escucha',
    mission: null,
    daysAgo: 12,
    authors: [{ name: 'Andrés Salazar Mera', role: { es: 'Viceministro de Movilidad Humana', en: 'Deputy Minister for Human Mobility' } }],
    topics: ['diplomacy', 'consular-services'],
    text: {
      es: {
        title: 'Una diplomacia que escucha',
        summary: 'Por qué cada sitio de nuestras misiones tiene ahora un formulario de contacto, una encuesta y citas en línea.',
        paragraphs: [
          'Durante años nuestros sitios web hablaron sin escuchar. Hoy cada embajada y consulado responde a los ciudadanos con un compromiso de plazo y mide su satisfacción.',
          'Publicamos esas cifras porque un servicio público se mejora cuando se mide a la vista de todos.',
        ],
      },
      en: {
        title: 'A diplomacy that listens',
        summary: 'Why every one of our missions’ sites now has a contact form, a survey and online appointments.',
        paragraphs: [
          'For years our websites spoke without listening. Today every embassy and consulate answers citizens within a promised time and measures their satisfaction.',
          'We publish those figures because a public service improves when it is measured in plain sight.',
        ],
      },
    },
  },
]

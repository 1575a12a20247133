import type { LocaleCode } from '../../config/locales'
import type { AdvicePart, AlertLevelKey } from '../../content/travelAdviceLevels'

type Text = Partial<Record<LocaleCode, string>>

/** One publication of an advice: what it says then, dated in days before the seed's "now". */
export type AdvicePublication = {
  daysAgo: number
  level: AlertLevelKey
  major: boolean
  changeNote: Text
  summary: Text
  parts: Partial<Record<AdvicePart, Text>>
  regions: { name: Text; level: AlertLevelKey; summary: Text }[]
}

/** A country's advice as its publications, oldest first: each one adds a change to its history. */
export type AdviceSeed = { country: string; publications: AdvicePublication[] }

const SPAIN: AdvicePublication = {
  daysAgo: 40, level: 'exercise-normal-precautions', major: false,
  changeNote: { es: 'Primera publicación de la recomendación.', en: 'First publication of the advice.' },
  summary: {
    es: 'Viaje con las precauciones habituales. Cuide sus documentos en lugares concurridos.',
    en: 'Exercise normal precautions. Watch your documents in crowded places.',
  },
  parts: {
    safety: { es: 'Los hurtos de carteras y pasaportes son frecuentes en el transporte público de las grandes ciudades.', en: 'Pickpocketing of wallets and passports is common on public transport in the large cities.' },
    entry: { es: 'Los ecuatorianos necesitan visado Schengen para estancias de turismo.', en: 'Ecuadorians need a Schengen visa for tourist stays.' },
    help: { es: 'En una emergencia llame al 112 y al número de guardia del consulado de su circunscripción.', en: 'In an emergency call 112 and the duty number of the consulate for your area.' },
  },
  regions: [],
}

const MEXICO: AdvicePublication = {
  daysAgo: 25, level: 'exercise-increased-caution', major: false,
  changeNote: { es: 'Primera publicación de la recomendación.', en: 'First publication of the advice.' },
  summary: {
    es: 'Extreme las precauciones por la delincuencia. Algunos estados tienen un nivel más alto.',
    en: 'Exercise increased caution because of crime. Some states stand at a higher level.',
  },
  parts: {
    safety: { es: 'Viaje de día por carreteras de pago y evite llevar objetos de valor a la vista.', en: 'Travel by day on toll roads and keep valuables out of sight.' },
    health: { es: 'El dengue está presente en las zonas costeras; use repelente.', en: 'Dengue is present in coastal areas; use repellent.' },
  },
  regions: [{
    name: { es: 'Tamaulipas', en: 'Tamaulipas' }, level: 'reconsider-travel',
    summary: { es: 'Delincuencia organizada y secuestros en las carreteras del estado.', en: 'Organised crime and kidnappings on the state’s roads.' },
  }],
}

const EGYPT_BEFORE: AdvicePublication = {
  daysAgo: 60, level: 'exercise-normal-precautions', major: false,
  changeNote: { es: 'Primera publicación de la recomendación.', en: 'First publication of the advice.' },
  summary: { es: 'Viaje con las precauciones habituales.', en: 'Exercise normal precautions.' },
  parts: {
    entry: { es: 'El visado se obtiene en línea antes del viaje o a la llegada al aeropuerto de El Cairo.', en: 'A visa is obtained online before travelling or on arrival at Cairo airport.' },
  },
  regions: [],
}

const EGYPT_NOW: AdvicePublication = {
  ...EGYPT_BEFORE,
  daysAgo: 12, level: 'exercise-increased-caution', major: true,
  changeNote: {
    es: 'Se eleva el nivel a «extreme las precauciones» por la tensión en la frontera oriental.',
    en: 'The level rises to “exercise increased caution” because of tension on the eastern border.',
  },
  summary: {
    es: 'Extreme las precauciones. No viaje al norte del Sinaí.',
    en: 'Exercise increased caution. Do not travel to North Sinai.',
  },
  regions: [{
    name: { es: 'Sinaí del Norte', en: 'North Sinai' }, level: 'do-not-travel',
    summary: { es: 'Zona militar; el consulado no puede prestar asistencia allí.', en: 'A military zone; the consulate cannot help you there.' },
  }],
}

/**
 * The demo's travel advice: three countries the network's missions serve (their home pages show
 * the level), one with regional levels (Mexico), one with a major change in its history (Egypt).
 * Not Ecuador: the demo ministry is Ecuador's, and it advises its nationals about other countries.
 */
export const TRAVEL_ADVICE: AdviceSeed[] = [
  { country: 'ES', publications: [SPAIN] },
  { country: 'MX', publications: [MEXICO] },
  { country: 'EG', publications: [EGYPT_BEFORE, EGYPT_NOW] },
]

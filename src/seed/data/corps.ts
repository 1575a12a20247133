import type { LocaleCode } from '../../config/locales'
import type { CorpsKind, HeadClass } from '../../corps/kinds'

type Text = Partial<Record<LocaleCode, string>> & { es: string }

/**
 * One entry of the demo's accredited corps in Ecuador. Which states and organisations are
 * accredited, and their national days, are public facts; every address, number, name, date and
 * account is invented (example.org, 555 numbers, "(sample data)" streets), so each is sampleData.
 */
export type CorpsSeed = {
  kind: CorpsKind
  sendingState?: string
  organisation?: Text
  acronym?: Text
  head: { name: string; title: Text; class: HeadClass; credentialsDate: string }
  street: string
  city: string
  phone: string
  email: string
  website: string
  /** Any common form of an account's address: the collection stores the platform's canonical one. */
  accounts: { platform: string; url: string }[]
  nationalDay?: string
}

const AMBASSADOR: Text = { es: 'Embajador Extraordinario y Plenipotenciario', en: 'Ambassador Extraordinary and Plenipotentiary', fr: 'Ambassadeur extraordinaire et plénipotentiaire' }
const AMBASSADRESS: Text = { es: 'Embajadora Extraordinaria y Plenipotenciaria', en: 'Ambassador Extraordinary and Plenipotentiary', fr: 'Ambassadrice extraordinaire et plénipotentiaire' }

export const CORPS: CorpsSeed[] = [
  {
    kind: 'embassy', sendingState: 'MX',
    head: { name: 'Alicia Muestra Ejemplar', title: AMBASSADRESS, class: 'ambassador', credentialsDate: '2023-11-14T15:00:00.000Z' },
    street: 'Av. Ejemplo N36-100 (sample data)', city: 'Quito', phone: '+593 2 555 0101', email: 'embajada.mexico@example.org',
    website: 'https://mexico.embassy.example.org/',
    // The old Twitter form, with the hash-bang: stored as https://x.com/…
    accounts: [{ platform: 'x', url: 'https://twitter.com/#!/EmbaMX_Ejemplo' }],
    nationalDay: '09-16',
  },
  {
    kind: 'embassy', sendingState: 'RU',
    head: { name: 'Boris Primerov', title: AMBASSADOR, class: 'ambassador', credentialsDate: '2021-03-09T15:00:00.000Z' },
    street: 'Calle de Muestra E10-20 (sample data)', city: 'Quito', phone: '+593 2 555 0102', email: 'embajada.rusia@example.org',
    website: 'https://russia.embassy.example.org/',
    accounts: [{ platform: 'x', url: 'x.com/EmbRusia_Ejem' }, { platform: 'facebook', url: 'https://m.facebook.com/EmbajadaRusiaEjemplo' }],
    nationalDay: '06-12',
  },
  {
    kind: 'embassy', sendingState: 'ES',
    head: { name: 'Carmen Ejemplo Díaz', title: AMBASSADRESS, class: 'ambassador', credentialsDate: '2022-09-20T15:00:00.000Z' },
    street: 'Av. La Muestra N26-50 (sample data)', city: 'Quito', phone: '+593 2 555 0103', email: 'embajada.espana@example.org',
    website: 'https://spain.embassy.example.org/',
    accounts: [{ platform: 'x', url: '@EmbEsp_Ejemplo' }, { platform: 'instagram', url: 'https://instagram.com/embespana.ejemplo' }],
    nationalDay: '10-12',
  },
  {
    // A consular post whose head is an honorary consul: after every career post of the same class.
    kind: 'honorary-consulate', sendingState: 'SE',
    head: { name: 'Erik Exempelsson', title: { es: 'Cónsul Honorario', en: 'Honorary Consul', fr: 'Consul honoraire' }, class: 'consul', credentialsDate: '2019-05-20T15:00:00.000Z' },
    street: 'Av. de Prueba N24-30 (sample data)', city: 'Quito', phone: '+593 2 555 0104', email: 'consulado.suecia@example.org',
    website: 'https://sweden.consulate.example.org/', accounts: [],
    nationalDay: '06-06',
  },
  {
    kind: 'consulate-general', sendingState: 'ES',
    head: { name: 'Diego Modelo Pérez', title: { es: 'Cónsul General', en: 'Consul-General', fr: 'Consul général' }, class: 'consul-general', credentialsDate: '2022-10-03T15:00:00.000Z' },
    street: 'Calle 9 de Muestra 100 (sample data)', city: 'Guayaquil', phone: '+593 4 555 0105', email: 'consulado.guayaquil@example.org',
    website: 'https://spain.consulate.example.org/', accounts: [{ platform: 'x', url: 'https://twitter.com/CGEspGYE_Ejem' }],
    nationalDay: '10-12',
  },
  {
    kind: 'international-organisation',
    organisation: {
      es: 'Programa de las Naciones Unidas para el Desarrollo', en: 'United Nations Development Programme', fr: 'Programme des Nations Unies pour le développement',
      zh: '联合国开发计划署', ar: 'برنامج الأمم المتحدة الإنمائي',
    },
    acronym: { es: 'PNUD', en: 'UNDP', fr: 'PNUD' },
    head: { name: 'Grace Sample', title: { es: 'Representante Residente', en: 'Resident Representative', fr: 'Représentante résidente' }, class: 'representative', credentialsDate: '2023-04-17T15:00:00.000Z' },
    street: 'Av. Ejemplo E1-10 (sample data)', city: 'Quito', phone: '+593 2 555 0106', email: 'registry.ecuador@example.org',
    website: 'https://undp.example.org/ecuador/', accounts: [{ platform: 'x', url: 'https://twitter.com/PNUD_Ejemplo' }],
  },
  {
    kind: 'international-organisation',
    organisation: {
      es: 'Alto Comisionado de las Naciones Unidas para los Refugiados', en: 'Office of the United Nations High Commissioner for Refugees',
      fr: 'Haut-Commissariat des Nations Unies pour les réfugiés', zh: '联合国难民署', ar: 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين',
    },
    acronym: { es: 'ACNUR', en: 'UNHCR', fr: 'HCR' },
    head: { name: 'Hugo Ejemplar', title: { es: 'Representante', en: 'Representative', fr: 'Représentant' }, class: 'representative', credentialsDate: '2024-02-05T15:00:00.000Z' },
    street: 'Calle de Prueba N35-20 (sample data)', city: 'Quito', phone: '+593 2 555 0107', email: 'ecuqu@example.org',
    website: 'https://unhcr.example.org/ecuador/', accounts: [],
  },
  {
    kind: 'international-organisation',
    organisation: {
      es: 'Programa Mundial de Alimentos', en: 'World Food Programme', fr: 'Programme alimentaire mondial', zh: '世界粮食计划署', ar: 'برنامج الأغذية العالمي',
    },
    acronym: { es: 'PMA', en: 'WFP', fr: 'PAM' },
    head: { name: 'Irene Muestra', title: { es: 'Representante y Directora de País', en: 'Representative and Country Director', fr: 'Représentante et directrice de pays' }, class: 'representative', credentialsDate: '2022-07-11T15:00:00.000Z' },
    street: 'Av. Modelo N30-40 (sample data)', city: 'Quito', phone: '+593 2 555 0108', email: 'wfp.quito@example.org',
    website: 'https://wfp.example.org/ecuador/', accounts: [],
  },
]

import type { CorpsEntryView } from '../../src/corps/types'
import type { LocaleCode } from '../../src/content/viewModels'
import { HOSTILE } from '../fixtures/hostile'

type FixtureLocale = Extract<LocaleCode, 'es' | 'en' | 'ar'>

const TEXT: Record<FixtureLocale, { ambassador: string; consul: string; organisation: string; acronym: string; representative: string }> = {
  es: {
    ambassador: `Embajador Extraordinario y Plenipotenciario ${HOSTILE.quotes}`, consul: 'Cónsul General',
    organisation: `Programa de las Naciones Unidas para el Desarrollo ${HOSTILE.script}`, acronym: 'PNUD', representative: 'Representante Residente',
  },
  en: {
    ambassador: `Ambassador Extraordinary and Plenipotentiary ${HOSTILE.quotes}`, consul: 'Consul-General',
    organisation: `United Nations Development Programme ${HOSTILE.script}`, acronym: 'UNDP', representative: 'Resident Representative',
  },
  ar: {
    ambassador: `سفير فوق العادة ومفوض ${HOSTILE.arabic}`, consul: 'قنصل عام',
    organisation: `برنامج الأمم المتحدة الإنمائي ${HOSTILE.script}`, acronym: 'UNDP', representative: 'الممثل المقيم',
  },
}

const base = (id: string, over: Partial<CorpsEntryView>): CorpsEntryView => ({
  id, kind: 'embassy', corps: 'diplomatic', sendingState: null, organisation: '', acronym: '',
  address: { street: '', postalCode: '', city: 'Quito' },
  head: { name: '', title: '', class: null, credentialsDate: null },
  phone: null, email: null, website: null, accounts: [], nationalDay: null, sampleData: true, updatedAt: '2024-03-01T10:00:00.000Z',
  ...over,
})

/**
 * The accredited corps in one language, full of hostile strings: two embassies (one of them
 * without a head yet), a consulate-general in another city, an honorary consulate, and an
 * international organisation with a long name and social accounts.
 */
export function corpsFixture(locale: LocaleCode): CorpsEntryView[] {
  const t = TEXT[(locale in TEXT ? locale : 'en') as FixtureLocale]
  return [
    base('corps-es', {
      sendingState: 'ES', address: { street: `Av. La Coruña N26-${HOSTILE.script}`, postalCode: '170517', city: 'Quito' },
      head: { name: `María ${HOSTILE.quotes}`, title: t.ambassador, class: 'ambassador', credentialsDate: '2023-02-14T15:00:00.000Z' },
      phone: '+593 2 555 0100', email: 'embajada.quito@example.org', website: 'https://embajada-es.example.org/?a=1&b=2',
      accounts: [{ platform: 'x', platformName: 'X', url: 'https://x.com/EmbEspEcuador', handle: '@EmbEspEcuador' }],
      nationalDay: '10-12',
    }),
    base('corps-mx', {
      sendingState: 'MX', address: { street: 'Av. 6 de Diciembre N36-165', postalCode: '', city: 'Quito' },
      head: { name: '', title: '', class: 'charge-d-affaires-ai', credentialsDate: null }, nationalDay: '09-16',
    }),
    base('corps-es-gye', {
      kind: 'consulate-general', corps: 'consular', sendingState: 'ES', address: { street: 'Calle 9 de Octubre 555', postalCode: '', city: 'Guayaquil' },
      head: { name: 'Juan Ejemplo', title: t.consul, class: 'consul-general', credentialsDate: '2022-06-01T15:00:00.000Z' },
      phone: '+593 4 555 0199',
    }),
    base('corps-se', {
      kind: 'honorary-consulate', corps: 'consular', sendingState: 'SE', address: { street: '', postalCode: '', city: `Quito ${HOSTILE.emoji}` },
      head: { name: 'Anna Exempel', title: '', class: 'consul', credentialsDate: '2021-09-10T15:00:00.000Z' }, nationalDay: '06-06',
    }),
    base('corps-undp', {
      kind: 'international-organisation', corps: 'organisations', organisation: `${t.organisation} ${HOSTILE.longTitle.slice(0, 120)}`, acronym: t.acronym,
      head: { name: 'Alex Sample', title: t.representative, class: 'representative', credentialsDate: '2024-01-08T15:00:00.000Z' },
      website: 'https://undp.example.org/', email: 'registry.ec@example.org',
      accounts: [
        { platform: 'x', platformName: 'X', url: 'https://x.com/PNUDEcuador', handle: '@PNUDEcuador' },
        { platform: 'facebook', platformName: 'Facebook', url: 'https://www.facebook.com/PNUDEcuador', handle: null },
      ],
    }),
  ]
}

import type { NearestOfficeView } from '../../src/content/officesView'
import type { LocaleCode } from '../../src/content/viewModels'
import { HOSTILE } from '../fixtures/hostile'

/** A network of offices in three countries, hostile text where editors type, for every page check. */
export function nearestOfficeFixture(locale: LocaleCode): NearestOfficeView {
  const name = (code: string) => new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code
  return {
    countries: [
      { code: 'EG', name: name('EG'), offices: [
        { id: 'cairo/1', name: HOSTILE.arabic, missionName: 'Embajada en Egipto', missionType: 'embassy', isMain: true, city: 'القاهرة', street: '9 Rue Abdel Rahman', contactUrl: 'https://cairo.example/ar/contact/', located: true },
      ] },
      { code: 'ES', name: name('ES'), offices: [
        { id: 'madrid/1', name: HOSTILE.script, missionName: HOSTILE.quotes, missionType: 'embassy', isMain: true, city: 'Madrid', street: 'Calle Velázquez 114', contactUrl: 'https://madrid.example/es/contact/', located: true },
        { id: 'madrid/2', name: HOSTILE.longTitle, missionName: HOSTILE.quotes, missionType: 'embassy', isMain: false, city: 'Madrid', street: '', contactUrl: 'https://madrid.example/es/contact/', located: false },
      ] },
      { code: 'US', name: name('US'), offices: [
        { id: 'los-angeles/1', name: 'Consulado General en Los Ángeles', missionName: 'Consulado General en Los Ángeles', missionType: 'consulate-general', isMain: true, city: 'Los Angeles', street: '8484 Wilshire Blvd', contactUrl: 'https://la.example/en/contact/', located: true },
      ] },
    ],
  }
}

import { describe, expect, it } from 'vitest'

import type { LocaleCode } from '../config/locales'
import { corpsByCountry, organisationsByName } from './collation'
import { entry } from './testEntries'

const CODES = ['MX', 'RU', 'ES', 'SE', 'EG', 'DE', 'CN', 'US', 'BE', 'BO', 'CI', 'CU']
const embassies = CODES.map((code) => entry(code.toLowerCase(), { sendingState: code }))

/**
 * Each language's own alphabet, from Node's ICU (CLDR): in every one of them a sort by code
 * points would give another order (accents, É after Z, Arabic's article, Chinese by stroke code).
 */
const EXPECTED: Record<LocaleCode, { codes: string[]; names: string[] }> = {
  es: {
    codes: ['DE', 'BE', 'BO', 'CN', 'CI', 'CU', 'EG', 'ES', 'US', 'MX', 'RU', 'SE'],
    names: ['Alemania', 'Bélgica', 'Bolivia', 'China', 'Côte d’Ivoire', 'Cuba', 'Egipto', 'España', 'Estados Unidos', 'México', 'Rusia', 'Suecia'],
  },
  en: {
    codes: ['BE', 'BO', 'CN', 'CI', 'CU', 'EG', 'DE', 'MX', 'RU', 'ES', 'SE', 'US'],
    names: ['Belgium', 'Bolivia', 'China', 'Côte d’Ivoire', 'Cuba', 'Egypt', 'Germany', 'Mexico', 'Russia', 'Spain', 'Sweden', 'United States'],
  },
  fr: {
    codes: ['DE', 'BE', 'BO', 'CN', 'CI', 'CU', 'EG', 'ES', 'US', 'MX', 'RU', 'SE'],
    names: ['Allemagne', 'Belgique', 'Bolivie', 'Chine', 'Côte d’Ivoire', 'Cuba', 'Égypte', 'Espagne', 'États-Unis', 'Mexique', 'Russie', 'Suède'],
  },
  // By pinyin: āi, bǐ, bō, dé, é, gǔ, kē, měi, mò, ruì, xī, zhōng.
  zh: {
    codes: ['EG', 'BE', 'BO', 'DE', 'RU', 'CU', 'CI', 'US', 'MX', 'SE', 'ES', 'CN'],
    names: ['埃及', '比利时', '玻利维亚', '德国', '俄罗斯', '古巴', '科特迪瓦', '美国', '墨西哥', '瑞典', '西班牙', '中国'],
  },
  ar: {
    codes: ['ES', 'SE', 'CN', 'DE', 'MX', 'US', 'BE', 'BO', 'RU', 'CI', 'CU', 'EG'],
    names: ['إسبانيا', 'السويد', 'الصين', 'ألمانيا', 'المكسيك', 'الولايات المتحدة', 'بلجيكا', 'بوليفيا', 'روسيا', 'ساحل العاج', 'كوبا', 'مصر'],
  },
}

describe('the corps by country, in each language’s collation', () => {
  it.each(Object.keys(EXPECTED) as LocaleCode[])('%s: names the sending states in the page’s language and sorts them by its alphabet', (locale) => {
    const { states } = corpsByCountry(embassies, locale)
    expect(states.map((s) => s.code)).toEqual(EXPECTED[locale].codes)
    expect(states.map((s) => s.name)).toEqual(EXPECTED[locale].names)
    // The order is the collator's, not the code points': a naive sort disagrees in every locale tested.
    const naive = [...states].sort((a, b) => (a.name < b.name ? -1 : 1)).map((s) => s.code)
    expect(naive).not.toEqual(EXPECTED[locale].codes)
  })

  it('groups a state’s missions under it, the embassy before its consulates, consulates by city', () => {
    const { states } = corpsByCountry([
      entry('es-hon', { kind: 'honorary-consulate', corps: 'consular', sendingState: 'ES', address: { street: '', postalCode: '', city: 'Cuenca' } }),
      entry('es-gye', { kind: 'consulate-general', corps: 'consular', sendingState: 'ES', address: { street: '', postalCode: '', city: 'Guayaquil' } }),
      entry('es-uio', { sendingState: 'ES' }),
      entry('mx-uio', { sendingState: 'MX' }),
    ], 'es')
    expect(states.map((s) => [s.code, s.entries.map((e) => e.id)])).toEqual([['ES', ['es-uio', 'es-gye', 'es-hon']], ['MX', ['mx-uio']]])
  })

  it('lists organisations (and delegations) after the states, by name in the page’s collation, not under a country', () => {
    const org = (id: string, organisation: string, kind: 'international-organisation' | 'delegation' = 'international-organisation') =>
      entry(id, { kind, corps: kind === 'delegation' ? 'diplomatic' : 'organisations', organisation })
    const { states, organisations } = corpsByCountry([
      org('unicef', 'Fondo de las Naciones Unidas para la Infancia'),
      org('eu', 'Unión Europea', 'delegation'),
      org('oim', 'Organización Internacional para las Migraciones'),
      org('acnur', 'Alto Comisionado de las Naciones Unidas para los Refugiados'),
      entry('mx', { sendingState: 'MX' }),
    ], 'es')
    expect(states.map((s) => s.code)).toEqual(['MX'])
    expect(organisations.map((o) => o.id)).toEqual(['acnur', 'unicef', 'oim', 'eu'])
  })

  it('sorts organisations by their name in Chinese by pinyin and in Arabic by its alphabet', () => {
    const orgs = [
      entry('undp', { kind: 'international-organisation', corps: 'organisations', organisation: '联合国开发计划署' }),
      entry('unhcr', { kind: 'international-organisation', corps: 'organisations', organisation: '联合国难民署' }),
      entry('wfp', { kind: 'international-organisation', corps: 'organisations', organisation: '世界粮食计划署' }),
    ]
    // lián hé guó kāi… < lián hé guó nàn… < shì jiè…
    expect(organisationsByName(orgs, 'zh').map((o) => o.id)).toEqual(['undp', 'unhcr', 'wfp'])
    const arabic = [
      entry('wfp', { kind: 'international-organisation', corps: 'organisations', organisation: 'برنامج الأغذية العالمي' }),
      entry('iom', { kind: 'international-organisation', corps: 'organisations', organisation: 'المنظمة الدولية للهجرة' }),
    ]
    expect(organisationsByName(arabic, 'ar').map((o) => o.id)).toEqual(['iom', 'wfp'])
  })
})

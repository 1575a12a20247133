import { describe, expect, it } from 'vitest'

import { MISSION_TYPES } from '../../collections/Missions/officeTypes'
import { SERVICE_CATEGORIES } from '../../collections/Services'
import { LOCALE_CODES } from '../../src/config/locales'
import { WEEKDAYS } from '../../src/validation/hours'
import { languageName, messagesFor } from './index'
import { formatDate, formatMoney, weekdayName, weekdayOf } from './format'
import { SERVICE_CATEGORY_KEYS } from './messages'

describe('interface strings', () => {
  it('name the same service categories as the CMS stores', () => {
    expect([...SERVICE_CATEGORY_KEYS]).toEqual(SERVICE_CATEGORIES.map((c) => c.value))
  })

  it.each(LOCALE_CODES)('%s translates every mission type and service category with a non-empty label', (locale) => {
    const t = messagesFor(locale)
    for (const { value } of MISSION_TYPES) expect(t.missionTypes[value]).toMatch(/\S/)
    for (const key of SERVICE_CATEGORY_KEYS) expect(t.serviceCategories[key]).toMatch(/\S/)
  })

  it('names each language in itself for the switcher', () => {
    expect(LOCALE_CODES.map(languageName)).toEqual(['Español', 'English', 'Français', '中文', 'العربية'])
  })
})

describe('locale formatting', () => {
  it('formats dates for the reader: Spanish words, Chinese characters, Arabic script', () => {
    const iso = '2024-03-15T23:30:00.000Z'
    expect(formatDate('es', iso)).toBe('15 de marzo de 2024')
    expect(formatDate('en', iso)).toBe('March 15, 2024')
    expect(formatDate('zh', iso)).toBe('2024年3月15日')
    expect(formatDate('ar', iso)).toMatch(/مارس/)
    expect(new Set(LOCALE_CODES.map((l) => formatDate(l, iso))).size).toBe(LOCALE_CODES.length)
  })

  it('formats in UTC, so a late-evening timestamp keeps its UTC date wherever the build runs', () => {
    expect(formatDate('en', '2024-12-31T23:59:59.000Z')).toBe('December 31, 2024')
  })

  it('names weekdays through Intl and finds the weekday of a date', () => {
    expect(WEEKDAYS.map((d) => weekdayName('es', d))).toEqual(['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'])
    expect(weekdayName('fr', 'sun')).toBe('dimanche')
    expect(weekdayOf('2024-03-15')).toBe('fri')
    expect(weekdayOf('2024-03-17')).toBe('sun')
  })

  it('formats fees as money of the locale', () => {
    expect(formatMoney('es', 90, 'USD')).toMatch(/90,00\s?US\$/)
    expect(formatMoney('en', 90, 'USD')).toBe('$90.00')
  })
})

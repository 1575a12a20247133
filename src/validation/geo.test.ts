import { describe, expect, it } from 'vitest'

import { checkCoordinatePair, checkLatitude, checkLongitude } from './geo'

describe('checkLatitude', () => {
  it.each([0, 90, -90, 40.4381, -0.1807])('accepts %d', (value) => {
    expect(checkLatitude(value)).toBe(true)
  })

  it('accepts no value, since coordinates are optional', () => {
    expect(checkLatitude(null)).toBe(true)
    expect(checkLatitude(undefined)).toBe(true)
  })

  it.each([91, -90.0001, 180])('refuses %d, naming the range and the value', (value) => {
    expect(checkLatitude(value)).toBe(`latitude must be between -90 and 90 (got ${value})`)
  })

  it.each([Number.NaN, Number.POSITIVE_INFINITY, '40.4', true])('refuses %j as not a number', (value) => {
    expect(checkLatitude(value)).toBe('latitude must be a number')
  })
})

describe('checkLongitude', () => {
  it.each([0, 180, -180, -3.6823])('accepts %d', (value) => {
    expect(checkLongitude(value)).toBe(true)
  })

  it.each([-181, 180.5, 360])('refuses %d, naming the range and the value', (value) => {
    expect(checkLongitude(value)).toBe(`longitude must be between -180 and 180 (got ${value})`)
  })

  it('refuses NaN as not a number', () => {
    expect(checkLongitude(Number.NaN)).toBe('longitude must be a number')
  })
})

describe('checkCoordinatePair', () => {
  it('accepts both coordinates, or neither', () => {
    expect(checkCoordinatePair(40.4, -3.7)).toBe(true)
    expect(checkCoordinatePair(0, 0)).toBe(true)
    expect(checkCoordinatePair(null, undefined)).toBe(true)
  })

  it('refuses half a position, either half', () => {
    expect(checkCoordinatePair(40.4, null)).toBe('give both latitude and longitude, or neither')
    expect(checkCoordinatePair(undefined, -3.7)).toBe('give both latitude and longitude, or neither')
  })
})

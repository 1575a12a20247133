import { describe, it } from 'vitest'

import { startOnFreshMongo, TEST_MONGODB_URL as url } from '../support/freshMongo'
import { describeSiteBuildLease } from './siteBuildLeaseSuite'

if (url) {
  describeSiteBuildLease('MongoDB', () => startOnFreshMongo('lease'))
} else {
  const reason = 'site build lease on MongoDB skipped: set TEST_MONGODB_URL to run it against MongoDB'
  console.log(reason)
  describe.skip(reason, () => {
    it('gives the lease to one server at a time, as on SQLite', () => {})
  })
}

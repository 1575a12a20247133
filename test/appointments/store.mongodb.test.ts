import { describe, it } from 'vitest'

import { startOnFreshMongo, TEST_MONGODB_URL as url } from '../support/freshMongo'
import { describeStore } from './storeSuite'

if (url) {
  describeStore('MongoDB', () => startOnFreshMongo('store'))
} else {
  const reason = 'booking store on MongoDB skipped: set TEST_MONGODB_URL to run it against MongoDB'
  console.log(reason)
  describe.skip(reason, () => {
    it('runs the same booking store tests as on SQLite', () => {})
  })
}

import { describe, it } from 'vitest'

import { startOnFreshMongo, TEST_MONGODB_URL as url } from '../support/freshMongo'
import { describeAccessMatrix } from './describeAccessMatrix'

if (url) {
  describeAccessMatrix('MongoDB, Local API', () => startOnFreshMongo('access'))
} else {
  const reason = 'access matrix on MongoDB skipped: set TEST_MONGODB_URL to run against MongoDB'
  console.log(reason)
  describe.skip(reason, () => {
    it('runs the same access matrix as on SQLite', () => {})
  })
}

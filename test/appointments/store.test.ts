import { startTestPayload } from '../support/testPayload'
import { describeStore } from './storeSuite'

describeStore('SQLite', () => startTestPayload())

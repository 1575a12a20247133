import { startTestPayload } from '../support/testPayload'
import { describeAccessMatrix } from './describeAccessMatrix'

describeAccessMatrix('SQLite, Local API', () => startTestPayload())

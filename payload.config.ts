// Wiring only: what the configuration contains lives in src/config/createConfig.ts.
import { createConfig } from './src/config/createConfig'
import { passStartGate } from './src/start/startGate'

// Under `npm start` the server's Payload waits until the demo network is seeded (src/start/startGate.ts).
export default passStartGate(process.env).then(() => createConfig(process.env))

// Wiring only: what the configuration contains lives in src/config/createConfig.ts.
import { createConfig } from './src/config/createConfig'

export default createConfig(process.env)

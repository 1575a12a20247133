// A build worker's first module: plain JavaScript, so that a worker starts in any host
// (tsx, vitest, plain node). It loads the TypeScript worker through tsx's loader, registered
// under a namespace of its own so that it neither needs nor disturbs a loader the host has.
import { register } from 'tsx/esm/api'

const tsx = register({ namespace: 'chancery-build-worker' })
await tsx.import('./buildWorker.ts', import.meta.url)

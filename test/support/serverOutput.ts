import { afterEach } from 'vitest'

import type { RunningServer } from './nextServer'

/** A failure against the server is usually explained by what it logged: shown with the failing test. */
export function showServerOutputOnFailure(server: () => RunningServer | undefined, chars = 20_000): void {
  afterEach((context) => {
    const running = server()
    if (context.task.result?.state === 'fail' && running) console.error(`server output:\n${running.output().slice(-chars)}`)
  })
}

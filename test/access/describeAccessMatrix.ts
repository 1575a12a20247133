import { afterAll, beforeAll, describe, it } from 'vitest'

import { buildAccessFixture } from '../support/accessFixture'
import type { TestPayload } from '../support/testPayload'
import { anonymousAttacks } from './attacks/anonymous'
import { appointmentAttacks } from './attacks/appointments'
import { citizenAttentionAttacks } from './attacks/citizenAttention'
import { missionEditorReadAttacks } from './attacks/missionEditorReads'
import { missionEditorWriteAttacks } from './attacks/missionEditorWrites'
import { staffAttacks } from './attacks/staff'
import type { MatrixContext } from './matrix/drivers'
import { MATRIX, TRUSTED_A_MATRIX, cellsFor } from './matrix/expectations'
import { runCell } from './matrix/runCell'

/**
 * The whole access matrix and the attacks, through the Local API with access control on,
 * against whatever database `startPayload` opens. Called once per database adapter.
 */
export function describeAccessMatrix(label: string, startPayload: () => Promise<TestPayload>) {
  describe(`access matrix (${label})`, () => {
    let t: TestPayload
    let ctx: MatrixContext
    const get = () => ctx

    beforeAll(async () => {
      t = await startPayload()
      ctx = { payload: t.payload, fx: await buildAccessFixture(t.payload) }
    })
    afterAll(async () => {
      await t?.close()
    })

    describe('role × collection × operation', () => {
      for (const { actor, cell } of cellsFor(MATRIX)) {
        const verdict = cell.allowed[actor] ? 'may' : 'may not'
        it(`${cell.subject}: ${actor} ${verdict} ${cell.operation} ${cell.target}`, () => runCell(get(), actor, cell))
      }
    })

    describe('with mission A trusted by a ministry administrator', () => {
      const setTrusted = (trusted: boolean) =>
        ctx.payload.update({ collection: 'missions', id: ctx.fx.missions.A, data: { trusted } as never, overrideAccess: false, user: ctx.fx.users['ministry-admin'].user, depth: 0 })
      beforeAll(() => setTrusted(true))
      afterAll(() => setTrusted(false))
      for (const { actor, cell } of cellsFor(TRUSTED_A_MATRIX)) {
        const verdict = cell.allowed[actor] ? 'may' : 'may not'
        it(`${cell.subject}: ${actor} ${verdict} ${cell.operation} ${cell.target}`, () => runCell(get(), actor, cell))
      }
    })

    missionEditorReadAttacks(get)
    missionEditorWriteAttacks(get)
    anonymousAttacks(get)
    staffAttacks(get)
    citizenAttentionAttacks(get)
    appointmentAttacks(get)
  })
}

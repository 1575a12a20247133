import type { CorpsEntryView } from './types'

/** A corps entry for the unit tests: an embassy in Quito without a head unless told otherwise. */
export function entry(id: string, over: Partial<Omit<CorpsEntryView, 'head'>> & { head?: Partial<CorpsEntryView['head']> } = {}): CorpsEntryView {
  const { head, ...rest } = over
  return {
    id, kind: 'embassy', corps: 'diplomatic', sendingState: null, organisation: '', acronym: '',
    address: { street: '', postalCode: '', city: 'Quito' },
    phone: null, email: null, website: null, accounts: [], nationalDay: null, sampleData: false, updatedAt: '2026-01-01T00:00:00.000Z',
    ...rest,
    head: { name: '', title: '', class: null, credentialsDate: null, ...head },
  }
}

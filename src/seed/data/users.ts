import type { Role } from '../../access/roles'

export type DemoRole = Role

export type UserSeed = { role: DemoRole; email: string; name: string; missions?: string[] }

/** One demo login per role. The administrator comes first: the first user of a database is always made one. */
export const USERS: UserSeed[] = [
  { role: 'ministry-admin', email: 'admin@chancery.example', name: 'Demo Administrator' },
  { role: 'ministry-editor', email: 'editor@chancery.example', name: 'Demo Ministry Editor' },
  { role: 'mission-editor', email: 'madrid@chancery.example', name: 'Demo Mission Editor (Spain)', missions: ['madrid', 'barcelona'] },
]

import type { PayloadRequest } from 'payload'

export const ROLES = ['ministry-admin', 'ministry-editor', 'mission-editor'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_OPTIONS: { label: string; value: Role }[] = [
  { label: 'Ministry administrator', value: 'ministry-admin' },
  { label: 'Ministry editor', value: 'ministry-editor' },
  { label: 'Mission editor', value: 'mission-editor' },
]

type MaybeUser = PayloadRequest['user'] | null | undefined

type RoleBearer = { role?: string | null; missions?: unknown[] | null; collection?: string }

function asBearer(user: MaybeUser): RoleBearer | null {
  if (!user || (user as RoleBearer).collection !== 'users') return null
  return user as RoleBearer
}

export function roleOf(user: MaybeUser): Role | null {
  const role = asBearer(user)?.role
  return (ROLES as readonly string[]).includes(role ?? '') ? (role as Role) : null
}

export const isMinistryAdmin = (user: MaybeUser) => roleOf(user) === 'ministry-admin'

/** Ministry-wide users (administrators and editors) work on every mission and may publish. */
export const isMinistryUser = (user: MaybeUser) => {
  const role = roleOf(user)
  return role === 'ministry-admin' || role === 'ministry-editor'
}

export const isMissionEditor = (user: MaybeUser) => roleOf(user) === 'mission-editor'

/** The ids of the missions a mission editor is assigned to, whether or not the relation was populated. */
export function assignedMissionIds(user: MaybeUser): string[] {
  const missions = asBearer(user)?.missions ?? []
  return missions
    .map((m) => (typeof m === 'object' && m !== null ? (m as { id?: unknown }).id : m))
    .filter((id): id is string => typeof id === 'string' && id !== '')
}

export function idOf(value: unknown): string | null {
  if (typeof value === 'string' && value) return value
  if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string') {
    return (value as { id: string }).id
  }
  return null
}

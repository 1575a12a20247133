import type { SeedContext } from '../context'
import { USERS } from '../data/users'
import { randomPassword } from '../passwords'
import { count } from '../report'
import { idFor } from '../refs'
import { SEEDING_CONTEXT } from '../writer'

/** Demo logins, one per role. An existing user is never touched: above all, their password is never reset. */
export async function seedUsers({ payload, report, refs, passwords }: SeedContext): Promise<void> {
  for (const user of USERS) {
    const existing = await payload.find({ collection: 'users', where: { email: { equals: user.email } }, limit: 1, depth: 0, context: SEEDING_CONTEXT })
    if (existing.docs[0]) {
      refs.users.set(user.email, String(existing.docs[0].id))
      count(report, 'users', 'unchanged')
      continue
    }
    const password = passwords[user.role] ?? randomPassword()
    const created = await payload.create({
      collection: 'users',
      data: {
        email: user.email,
        password,
        name: user.name,
        role: user.role,
        missions: (user.missions ?? []).map((slug) => idFor(refs.missions, slug, 'mission')),
      },
      depth: 0,
      context: SEEDING_CONTEXT,
    })
    refs.users.set(user.email, String(created.id))
    report.credentials.push({ role: user.role, email: user.email, password })
    count(report, 'users', 'created')
  }
}

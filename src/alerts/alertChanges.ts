/** The collection's slug, apart from its config: the build code must not import collection hooks. */
export const ALERTS = 'alerts'

/** Whether the changes that queued a rebuild are alerts and nothing else (then only the alerts are refreshed). */
export function alertsOnly(changes: { collection: string }[] | null | undefined): boolean {
  return Boolean(changes?.length) && changes!.every((c) => c.collection === ALERTS)
}

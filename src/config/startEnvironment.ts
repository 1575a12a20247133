/** Read: SITES_PUBLIC_URL; everything else passes through. */
export type StartEnv = Record<string, string | undefined>

/**
 * The environment `npm start` builds the sites in and hands to the server it spawns, whether or
 * not it builds at start: the server's rebuild jobs write absolute addresses from
 * SITES_PUBLIC_URL, so without it a publish would give the rebuilt site its mission's real
 * public address while every other site still points at this server. A value the user set,
 * even an empty one (the missions' own addresses), is theirs.
 */
export function startEnvironment<Env extends StartEnv>(env: Env, port: string): Env & { SITES_PUBLIC_URL: string } {
  return { ...env, SITES_PUBLIC_URL: env.SITES_PUBLIC_URL ?? `http://localhost:${port}/sites` }
}

/** Ids of what earlier steps created or found, by natural key, for later steps to link to. */
export type Refs = {
  missions: Map<string, string>
  topics: Map<string, string>
  platforms: Map<string, string>
  images: Map<string, string>
  services: Map<string, string>
  enquiryTopics: Map<string, string>
  /** By e-mail. */
  users: Map<string, string>
  /** By the seed's key (data/enquiries). */
  enquiries: Map<string, string>
  /** Appointment schedules by `${mission}/${service}` slugs. */
  schedules: Map<string, string>
}

export function emptyRefs(): Refs {
  return {
    missions: new Map(), topics: new Map(), platforms: new Map(), images: new Map(), services: new Map(),
    enquiryTopics: new Map(), users: new Map(), enquiries: new Map(), schedules: new Map(),
  }
}

/** The id for a key, or an error naming the missing key (a typo in the data, not a runtime condition). */
export function idFor(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key)
  if (!id) throw new Error(`Seed data refers to ${what} "${key}", which the seed did not create.`)
  return id
}

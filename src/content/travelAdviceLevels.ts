/**
 * The four alert levels of travel advice (the US State Department's scale), lowest first.
 * Stored by key so the words can change per language; open data gives both key and number.
 */
export const ALERT_LEVELS = [
  { key: 'exercise-normal-precautions', level: 1, label: 'Level 1: exercise normal precautions' },
  { key: 'exercise-increased-caution', level: 2, label: 'Level 2: exercise increased caution' },
  { key: 'reconsider-travel', level: 3, label: 'Level 3: reconsider travel' },
  { key: 'do-not-travel', level: 4, label: 'Level 4: do not travel' },
] as const

export type AlertLevelKey = (typeof ALERT_LEVELS)[number]['key']
export type AlertLevelNumber = (typeof ALERT_LEVELS)[number]['level']

export const ALERT_LEVEL_OPTIONS = ALERT_LEVELS.map(({ key, label }) => ({ value: key, label }))

export function isAlertLevelKey(value: unknown): value is AlertLevelKey {
  return ALERT_LEVELS.some((l) => l.key === value)
}

/** 1 to 4 for a stored key. An unknown key (data written outside the collection's checks) throws, naming it. */
export function levelNumber(key: unknown): AlertLevelNumber {
  const found = ALERT_LEVELS.find((l) => l.key === key)
  if (!found) throw new TypeError(`"${String(key)}" is not a travel advice alert level (${ALERT_LEVELS.map((l) => l.key).join(', ')})`)
  return found.level
}

export function levelKey(level: AlertLevelNumber): AlertLevelKey {
  return ALERT_LEVELS[level - 1].key
}

/** The parts every advice has, in the order pages show them. */
export const ADVICE_PARTS = ['safety', 'entry', 'health', 'laws', 'hazards', 'help'] as const
export type AdvicePart = (typeof ADVICE_PARTS)[number]

/** The strings of alerts (banner, script, feeds), one set per locale. */
export type AlertMessages = {
  /** The alerts region's accessible name. */
  region: string
  severity: { critical: string; warning: string; information: string }
  /** "Until 15 March 2024, 18:00 UTC": the date and time arrive formatted. */
  until: (when: string) => string
  feedTitle: (mission: string) => string
  feedDescription: (mission: string) => string
  /** The emergency number's label in every page's header. */
  emergency: string
}

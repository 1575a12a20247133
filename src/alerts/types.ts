/** How grave an alert is; the order is the order sites list them in (gravest first). */
export const ALERT_SEVERITIES = ['critical', 'warning', 'information'] as const
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number]

export const isAlertSeverity = (value: unknown): value is AlertSeverity => (ALERT_SEVERITIES as readonly unknown[]).includes(value)

export function checkLatitude(value: unknown): true | string {
  return checkRange(value, -90, 90, 'latitude')
}

export function checkLongitude(value: unknown): true | string {
  return checkRange(value, -180, 180, 'longitude')
}

function checkRange(value: unknown, min: number, max: number, what: string): true | string {
  if (value === null || value === undefined) return true
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${what} must be a number`
  if (value < min || value > max) return `${what} must be between ${min} and ${max} (got ${value})`
  return true
}

/** Both coordinates or neither: half a position is worse than none on a map link. */
export function checkCoordinatePair(latitude: unknown, longitude: unknown): true | string {
  const hasLat = latitude !== null && latitude !== undefined
  const hasLon = longitude !== null && longitude !== undefined
  if (hasLat !== hasLon) return 'give both latitude and longitude, or neither'
  return true
}

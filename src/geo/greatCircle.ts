/**
 * Great-circle distances on a sphere of the Earth's mean radius (IUGG R1): within 0.5% of the
 * ellipsoidal distance anywhere, which is far finer than "which office is nearest" needs.
 * The nearest-office script (templates/nearestOffice/script.ts) computes the same formula in
 * the browser; test/nearestOffice checks both against GeographicLib.
 */
export const EARTH_MEAN_RADIUS_KM = 6371.0088

export type Coordinates = { latitude: number; longitude: number }

const RADIANS = Math.PI / 180

/** Haversine: well-conditioned for short and long distances alike (antipodes included). */
export function greatCircleKm(a: Coordinates, b: Coordinates): number {
  const dLat = (b.latitude - a.latitude) * RADIANS
  const dLon = (b.longitude - a.longitude) * RADIANS
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * RADIANS) * Math.cos(b.latitude * RADIANS) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** The items nearest to a point, nearest first; items without coordinates are left out. */
export function nearestFirst<T extends { latitude: number | null; longitude: number | null }>(from: Coordinates, items: T[]): (T & { distanceKm: number })[] {
  return items
    .flatMap((item) => (item.latitude === null || item.longitude === null ? [] : [{ ...item, distanceKm: greatCircleKm(from, { latitude: item.latitude, longitude: item.longitude }) }]))
    .sort((x, y) => x.distanceKm - y.distanceKm)
}

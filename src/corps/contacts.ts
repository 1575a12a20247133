/**
 * A phone number in international form, as the mission offices take it
 * (collections/Missions/offices.ts keeps the same rule for the network's own offices).
 */
const PHONE = /^\+?[0-9][0-9 ()./-]{4,30}$/

export const checkPhone = (value: unknown): true | string =>
  typeof value === 'string' && PHONE.test(value.trim())
    ? true
    : 'must be a phone number in international form, such as "+593 2 555 0100"'

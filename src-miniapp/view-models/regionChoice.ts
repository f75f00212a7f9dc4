import { PATH_SEPARATOR } from '../services/identity'

/**
 * Renderer-free state of the cascading region picker of the profile form: county → township → optional
 * village (the city is always 安阳市). The value sent is the township's or the village's code.
 */

export interface RegionRef {
  code: string
  name: string
}

export interface RegionChoice {
  county: RegionRef | null
  township: RegionRef | null
  /** Optional: a township alone is a valid answer. */
  village: RegionRef | null
}

export const emptyRegionChoice: RegionChoice = { county: null, township: null, village: null }

/** Division code of 安阳市: the parent of the county list. */
export const CITY_CODE = '4105'

/** Levels by code length: city 4, county 6, township 9, village 12 digits. */
export function choiceFromPath(path: readonly RegionRef[]): RegionChoice {
  const at = (length: number) => {
    const region = path.find((r) => r.code.length === length)
    return region ? { code: region.code, name: region.name } : null
  }
  const county = at(6)
  const township = county ? at(9) : null
  const village = township ? at(12) : null
  return { county, township, village }
}

/** The code to send: the village's if one is chosen, else the township's, else ''. */
export function choiceCode(choice: RegionChoice): string {
  return choice.village?.code ?? choice.township?.code ?? ''
}

/** e.g. 殷都区 · 水冶镇 · 东街社区; '' when nothing is chosen. */
export function choiceText(choice: RegionChoice): string {
  return [choice.county, choice.township, choice.village]
    .filter((r): r is RegionRef => r !== null)
    .map((r) => r.name)
    .join(PATH_SEPARATOR)
}

/** A new county clears the township and village below it (the same county again changes nothing). */
export function chooseCounty(choice: RegionChoice, county: RegionRef): RegionChoice {
  if (choice.county?.code === county.code) return choice
  return { county, township: null, village: null }
}

export function chooseTownship(choice: RegionChoice, township: RegionRef): RegionChoice {
  if (choice.township?.code === township.code) return choice
  return { ...choice, township, village: null }
}

/** null: no village (the township alone). */
export function chooseVillage(choice: RegionChoice, village: RegionRef | null): RegionChoice {
  return { ...choice, village }
}

/** Index of `code` in a picker's options, or -1. */
export function indexOfCode(options: readonly RegionRef[] | null | undefined, code: string | undefined): number {
  if (!options || !code) return -1
  return options.findIndex((r) => r.code === code)
}

/** One fuzz input: a corpus file with one to three mutators applied, all drawn from the input's own seed. */
import { readCorpusFile, type CorpusFile } from './corpus.js'
import { MUTATORS } from './mutators.js'
import { caseSeed, random } from './prng.js'

export interface FuzzCase {
  /** Its number in the run: with the seed, it names the input. */
  index: number
  /** The corpus file it started from. */
  source: string
  mutators: string[]
  bytes: Uint8Array
}

/** `scale`: the heavy mutators' sizes, as MutationContext says. */
export function makeCase(files: readonly CorpusFile[], seed: number, index: number, scale = 1): FuzzCase {
  const chance = random(caseSeed(seed, index))
  const file = chance.pick(files)
  const applicable = MUTATORS.filter((mutator) => file.html || !mutator.htmlOnly)
  const chosen = new Set(Array.from({ length: chance.int(1, 3) }, () => chance.pick(applicable)))
  let bytes = readCorpusFile(file)
  const context = { random: chance, html: file.html, donor: () => readCorpusFile(chance.pick(files)), scale }
  for (const mutator of chosen) bytes = mutator.apply(bytes, context)
  return { index, source: file.label, mutators: [...chosen].map((mutator) => mutator.name), bytes }
}

/** The invariants checked on every fuzzed result: those the tests check on every sample (test/support/invariants.ts). */
import { decodeInput, type CleanResult } from '../../src/index.js'
import { rebuildProblems, visibleTextProblems } from '../../test/support/invariants.js'

/** The broken invariants of a result, against the text the cleaner decoded from `bytes`. */
export function resultProblems(bytes: Uint8Array, result: CleanResult): string[] {
  const { text } = decodeInput(bytes)
  return result.report.kind === 'text' ? rebuildProblems(text, result) : visibleTextProblems(text, result)
}

/**
 * npm run fuzz: cleans mutated samples and dev pages in worker processes and checks that nothing crashes,
 * hangs or breaks an invariant; writes each distinct failure, shrunk, as a reproducer.
 * Usage and checks: the README, section "Fuzzing", and scripts/fuzz/options.ts.
 */
import { CorpusError } from './fuzz/corpus.js'
import { parseFuzzOptions, USAGE, UsageError } from './fuzz/options.js'
import { formatReplay, formatSummary } from './fuzz/print.js'
import { replay, runFuzz } from './fuzz/run.js'

/** Exit codes: 1 when something failed, 2 when the fuzzer could not run as asked. */
const FAILED = 1
const CANNOT_RUN = 2

async function main(): Promise<number> {
  const options = parseFuzzOptions(process.argv.slice(2))
  if (options.command === 'help') {
    console.log(USAGE)
    return 0
  }
  if (options.command === 'replay') {
    const results = await replay(options.files, options)
    console.log(formatReplay(results))
    return results.some(({ outcome }) => outcome.status === 'failed') ? FAILED : 0
  }
  const summary = await runFuzz({ ...options, log: (line) => console.log(line) })
  console.log(formatSummary(summary))
  return summary.failures.length > 0 ? FAILED : 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof CorpusError) {
      console.error(`${error.message}${error instanceof UsageError ? `\n${USAGE}` : ''}`)
      process.exitCode = CANNOT_RUN
    } else throw error
  },
)

/**
 * A short fuzz run with a fixed seed (scripts/fuzz, QUICK_RUN): mutated samples must never crash the
 * cleaner, hang it or break an invariant. The samples alone, since CI has no dev set; npm run fuzz runs
 * longer, on the dev pages too, and writes a shrunk reproducer of each failure.
 */
import { test } from 'uvu'
import * as assert from 'uvu/assert'
import { QUICK_RUN, runFuzz } from '../scripts/fuzz/run.js'
import { SAMPLES_DIR } from './support/samples.js'

test(`${QUICK_RUN.count} mutated samples: no crash, no hang, no broken invariant`, async () => {
  const summary = await runFuzz({ ...QUICK_RUN, corpora: [SAMPLES_DIR], out: null })
  assert.is(summary.inputs, QUICK_RUN.count)
  const failures = summary.failures.map(
    ({ failure, occurrences, example }) => `${failure.class}  ${failure.message}\n    ${occurrences} input(s), e.g. #${example.index}: ${example.source} with ${example.mutators.join(', ')}`,
  )
  const reproduce = `npm run fuzz -- --corpus samples --count ${QUICK_RUN.count} --seed ${QUICK_RUN.seed} --scale ${QUICK_RUN.scale}`
  assert.ok(failures.length === 0, `${failures.length} distinct failure(s); run \`${reproduce}\` for shrunk reproducers:\n${failures.join('\n')}`)
})

test.run()

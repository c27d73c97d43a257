/**
 * The bench's command line: npm run bench -- [--json] [--only MODE] [--limit N]
 */
import { parseArgs } from 'node:util'

export interface BenchOptions {
  json: boolean
  /** The modes to run, in the bench's order. */
  modes: string[]
  /** Run only the first N pages: a quick check, scored but not held to the floors. */
  limit: number | null
}

export class UsageError extends Error {
  override name = 'UsageError'
}

export function usage(modeNames: string[]): string {
  return `usage: npm run bench -- [--json] [--only ${modeNames.join('|')}] [--limit N]`
}

function parseFlags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { json: { type: 'boolean', default: false }, only: { type: 'string' }, limit: { type: 'string' } },
    }).values
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

export function parseBenchOptions(argv: string[], modeNames: string[]): BenchOptions {
  const values = parseFlags(argv)
  if (values.only !== undefined && !modeNames.includes(values.only)) {
    throw new UsageError(`Unknown mode "${values.only}"; the modes are: ${modeNames.join(', ')}.`)
  }
  let limit: number | null = null
  if (values.limit !== undefined) {
    limit = Number(values.limit)
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit takes a whole number of pages, not "${values.limit}".`)
  }
  return { json: values.json ?? false, modes: values.only === undefined ? modeNames : [values.only], limit }
}

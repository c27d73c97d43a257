#!/usr/bin/env -S node --no-regexp-tier-up
/**
 * The decruft command. Whatever happens, the user sees sentences, never a stack trace (unless --debug),
 * and the exit code says how it went: 0 all cleaned, 1 some input failed, 2 usage error.
 *
 * The #! line has V8 compile each regular expression straight to machine code. V8's default first interprets a
 * new expression, compiling it to bytecode, and compiles it again to machine code on its second use. The
 * rule packs are a few large combined expressions (src/rules/phrase-rule.ts) that every line runs, so both
 * compilations are paid, twice over for pages with non-Latin-1 text: a one-file run spent most of its time
 * there. The flag is process-wide, which a command may set and a library may not. It is given to node at
 * start-up because setting it later, through v8.setFlagsFromString, let the process die of a segmentation
 * fault now and then (bench/NOTES.md).
 */
import { readFileSync } from 'node:fs'
import { hideBin } from 'yargs/helpers'
import { runClean } from './clean-command.js'
import { parseCommandLine } from './command-line.js'
import { OutputError, UsageError, describeError, messageOf } from './errors.js'
import { printLine, printStack } from './run-log.js'

const args = hideBin(process.argv)
// Known before parsing, so that even a failure to parse can show its stack.
const debug = args.includes('--debug')

function fail(error: unknown): void {
  if (error instanceof UsageError) {
    printLine(`decruft: ${error.message}`)
    process.exitCode = 2
  } else if (error instanceof OutputError) {
    printLine(`decruft: ${describeError(error)}`)
    process.exitCode = 1
  } else {
    printLine(`decruft: An unexpected error stopped the run (${messageOf(error)}); this is a bug: run again with --debug and report what it prints.`)
    process.exitCode = 1
  }
  if (debug) printStack(error)
}

/** Read at run time from the package itself: dist/src/cli/main.js → package.json. */
function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
  return manifest.version
}

// Output that cannot be written ends the run; when the reader of a pipe goes away
// (decruft clean … | head), it ends quietly, as Unix filters do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') fail(new OutputError('standard output', error))
  process.exit()
})
// Errors that escape the main flow are reported the same way, and end the run.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error: unknown) => {
    fail(error)
    process.exit()
  })
}

try {
  const command = await parseCommandLine(args, packageVersion())
  process.exitCode = 'run' in command ? await command.run() : await runClean(command)
} catch (error) {
  fail(error)
}

/**
 * How the tests start the decruft command: node, given the flags of the bin's #! line, on the built file,
 * so that a test runs the command as an installed `decruft` runs it.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

const BIN = path.resolve('dist/src/cli/main.js')

const SHEBANG = readFileSync(BIN, 'utf8').match(/^#!.*/)?.[0] ?? ''
const NODE_FLAGS = SHEBANG.split(/\s+/).filter(word => word.startsWith('--'))

/** The arguments for process.execPath that run `decruft ...args`. */
export function commandArgs(...args: string[]): string[] {
  return [...NODE_FLAGS, BIN, ...args]
}

/**
 * The shape of a command other than clean (review, explain, rules): its grammar for yargs, and how its
 * parsed arguments become a run. Each lives in its own module; command-line.ts only registers them.
 */
import type { Argv, Options } from 'yargs'
import { readTemplateFile, type TemplateSet } from '../templates/template-set.js'
import { UsageError, messageOf } from './errors.js'

export type ExitCode = 0 | 1

/** A parsed command, ready to run. */
export interface PreparedCommand {
  run(): Promise<ExitCode>
}

export interface Subcommand {
  /** The yargs command string, e.g. "review <reports..>". */
  command: string
  describe: string
  builder(yargs: Argv): Argv
  /** Checks the parsed arguments (throwing a UsageError) and returns the run. */
  prepare(argv: Record<string, unknown>): PreparedCommand
}

/** The name a command is typed with: the first word of its yargs command string. */
export function commandName(subcommand: Subcommand): string {
  return subcommand.command.split(' ')[0]!
}

/** An option given once; yargs turns a repeated one into an array. */
export function once<T>(name: string, value: T | T[]): T {
  if (Array.isArray(value)) throw new UsageError(`--${name} was given ${value.length} times; give it once.`)
  return value
}

/** A repeatable, comma-separated option (--disable meta,share --disable x) as a flat list. */
export function commaList(value: unknown): string[] {
  if (value === undefined) return []
  return (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(',')).map((item) => item.trim()).filter(Boolean)
}

/** The options that choose the rule packs, shared by the commands that load them. */
export const RULE_PACK_OPTIONS = {
  rules: { describe: 'Add the rule packs in DIR to the built-in ones (repeatable)', type: 'string', requiresArg: true },
  'rules-only': { describe: 'Load the rule packs from DIR instead of the built-in ones', type: 'string', requiresArg: true },
} as const satisfies Record<string, Options>

/** The cleaner options for the rule packs the command line chose. */
export function rulePackFolders(argv: Record<string, unknown>): { rules?: string; extraRules?: string[] } {
  const only = once('rules-only', argv['rules-only'] as string | string[] | undefined)
  const added = argv.rules === undefined ? [] : (Array.isArray(argv.rules) ? argv.rules : [argv.rules]).map(String)
  return { ...(only !== undefined && { rules: only }), ...(added.length > 0 && { extraRules: added }) }
}

/** The site templates of a file written by decruft learn; a file that cannot be read is a usage error. */
export function templateFile(file: string): TemplateSet {
  try {
    return readTemplateFile(file)
  } catch (error) {
    throw new UsageError(messageOf(error), { cause: error })
  }
}

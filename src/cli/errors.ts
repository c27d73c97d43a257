/**
 * The sentences users see when something goes wrong: one line that says what is wrong and what to do.
 */
import { InputError } from '../index.js'

/** An error whose message is already the sentence to show the user. */
export class UserError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = new.target.name
  }
}

/** Bad options or arguments: nothing is cleaned and the exit code is 2. */
export class UsageError extends UserError {}

/** An output that could not be written; it names the output, since the message is filed under the input. */
export class OutputError extends Error {
  readonly output: string

  constructor(output: string, cause: unknown) {
    super(`Could not write ${output}`, { cause })
    this.name = 'OutputError'
    this.output = output
  }
}

/** The sentence for an error about one input (or, for OutputError, about its output). */
export function describeError(error: unknown): string {
  if (error instanceof InputError || error instanceof UserError) return error.message
  if (error instanceof OutputError) return `Could not write ${error.output}: ${describeWriteFailure(error.cause)}`
  if (isSystemError(error)) return describeReadFailure(error)
  return `decruft failed on this input (${messageOf(error)}); this is a bug: run again with --debug and report what it prints.`
}

function describeReadFailure(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'There is no file or folder at this path; check the spelling.'
    case 'EACCES':
    case 'EPERM':
      return 'Permission denied; check its permissions (ls -l) or run as a user who may read it.'
    case 'EISDIR':
      return 'This is a folder where a file was expected; give the path of a file.'
    case 'ENOTDIR':
      return 'A part of this path is a file where a folder was expected; check the path.'
    case 'ELOOP':
      return 'This path goes round a loop of symbolic links; fix the links.'
    default:
      return `${error.message}; check the file and try again.`
  }
}

/** Lowercase after "Could not write <path>: ". */
function describeWriteFailure(cause: unknown): string {
  if (!isSystemError(cause)) return `${messageOf(cause)}; check the output folder and try again.`
  switch (cause.code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission denied; choose an output folder you may write to.'
    case 'ENOSPC':
      return 'the disk is full; free some space and run again.'
    case 'ENOTDIR':
    case 'EEXIST':
    case 'EISDIR':
      return 'a file or folder is in the way; remove it or choose another output folder.'
    case 'ELOOP':
      return 'a symbolic link is in the way (decruft never follows one inside an output folder); remove the link or choose another folder.'
    default:
      return `${cause.message}; check the output folder and try again.`
  }
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string'
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

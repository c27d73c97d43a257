/**
 * The CPU time a process has used, so that a busy machine does not turn a slow input into a hang: on a
 * shared machine a worker can get a quarter of a core, and wall time alone would blame the input.
 */
import { readFileSync } from 'node:fs'

/** /proc counts CPU time in ticks of USER_HZ, which Linux fixes at 100 a second for what it reports. */
const MS_PER_TICK = 10

/** User and system time of `pid` in milliseconds, from /proc on Linux; null where there is no /proc. */
export function cpuTimeMs(pid: number | undefined): number | null {
  if (pid === undefined) return null
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (the second field) is in parentheses and may hold spaces: count from after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // utime and stime are the 14th and 15th fields: the 12th and 13th after the name.
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK
  } catch {
    return null
  }
}

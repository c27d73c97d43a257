/**
 * A fuzz worker's watchdog thread: when an input is about to run over its time limit, it pauses the worker's
 * main thread through the inspector and writes where it was to stderr, for the parent to name the hang by.
 * A thread, because the main thread is the one that is stuck; the inspector, because it interrupts even a
 * long regular expression; stderr written directly, because the main thread cannot relay anything.
 */
import { writeSync } from 'node:fs'
import { Session } from 'node:inspector'
import { parentPort } from 'node:worker_threads'
import { STALL_MARKER } from './protocol.js'

/** Frames written of a stalled stack. */
const FRAMES_KEPT = 12
/** Time between two stacks of one stalled input. */
const RESAMPLE_MS = 1000

const session = new Session()
session.connectToMainThread()
// A paused frame names its script by id; enabling the debugger lists every script with its URL first.
const scriptUrls = new Map<string, string>()
session.on('Debugger.scriptParsed', ({ params }) => scriptUrls.set(params.scriptId, params.url))
session.on('Debugger.paused', ({ params }) => {
  const frames = params.callFrames.map(({ functionName, location }) => ({ name: functionName, url: scriptUrls.get(location.scriptId) ?? '', line: location.lineNumber + 1 }))
  // A recursion thousands deep would make a line too long to keep: the innermost frames, and decruft's own.
  const own = frames.filter(({ url }) => url.includes('/dist/src/') && !url.includes('/node_modules/'))
  const kept = [...new Set([...frames.slice(0, FRAMES_KEPT), ...own.slice(0, FRAMES_KEPT)])]
  writeSync(2, `${STALL_MARKER}${JSON.stringify(kept)}\n`)
  session.post('Debugger.resume')
  // Again until the input ends: on a busy machine the parent may wait longer, and the last stack names the hang.
  timer = setTimeout(sample, RESAMPLE_MS)
})

let timer: NodeJS.Timeout | undefined
let enabled = false

function sample(): void {
  if (enabled) return session.post('Debugger.pause')
  enabled = true
  session.post('Debugger.enable', () => session.post('Debugger.pause'))
}

// A number of milliseconds arms the watchdog for the input just started; 0 disarms it.
parentPort!.on('message', (ms: number) => {
  clearTimeout(timer)
  // The debugger is enabled only for a slow input: enabled, it would slow every input down.
  if (ms > 0) timer = setTimeout(sample, ms)
  else if (enabled) {
    enabled = false
    session.post('Debugger.disable')
  }
})

/**
 * The command compiles each regular expression straight to machine code. V8's default first interprets a
 * new expression, compiling it to bytecode, and compiles it again to machine code on its second use. The
 * rule packs are a few large combined expressions (src/rules/phrase-rule.ts) that every line runs, so both
 * compilations are paid, twice over for pages with non-Latin-1 text, and the bytecode is thrown away at
 * once: a one-file run spent most of its time there. The flag is process-wide, which a command may set and
 * a library may not; it is set on import, before any expression of the packs has run.
 */
import { setFlagsFromString } from 'node:v8'

setFlagsFromString('--no-regexp-tier-up')

import type { Category } from '../types.js'

/** The engine's decision to cut one block; a kept block has no verdict. */
export interface Verdict {
  rule: string
  category: Category
  /** Why, as the end of the sentence "Removed <what>: <why>". */
  why: string
}

/**
 * The shape of a rule pack file in rules/ (YAML), validated when the packs are loaded.
 *
 * ```yaml
 * category: comments
 * rules:
 *   - name: leave-a-reply          # the rule id is `comments/leave-a-reply`
 *     kind: section                # phrase: the line itself is noise; section: the line opens a noise section
 *     match: line                  # line: the whole line is one of the phrases; contains: a short line holds one
 *     maxWords: 12                 # contains only: longer lines are prose and never match
 *     description: The heading of a WordPress comment form.
 *     phrases:                     # literal text, by language; case and edge punctuation are ignored
 *       en: [Leave a Reply]
 *       fr: [Laisser un commentaire]
 *     patterns:                    # regular expressions (Unicode, case-insensitive), by language or '*'
 *       '*': ['\d+ comments?']
 *     examples:
 *       cut: [Leave a Reply]                       # must be cut when it follows an article
 *       keep: [Leave a reply below and we will answer every question.]   # must stay inside an article
 * ```
 * In contains rules, phrases match whole words only; patterns match where they say, so that a pattern can
 * catch words that a capture glued together ("Maroc2 days ago").
 * A list item is a string, or `{ text: ..., why: ... }` when the token is risky and needs its reason beside it.
 */
export type PackEntry = string | { text: string; why: string }

export interface PackRuleSource {
  name: string
  kind: 'phrase' | 'section'
  match?: 'line' | 'contains'
  maxWords?: number
  description: string
  phrases?: Record<string, PackEntry[]>
  patterns?: Record<string, PackEntry[]>
  examples: { cut: string[]; keep: string[] }
}

export interface PackSource {
  category: string
  rules: PackRuleSource[]
}

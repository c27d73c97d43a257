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
 * A selector rule (HTML pages only) names elements by CSS selectors instead of lines by phrases:
 * ```yaml
 *   - name: wordpress-comments
 *     kind: selector
 *     description: A WordPress comment thread and its reply form.
 *     selectors: ['#comments', { text: '[id*=comment]', why: 'a substring; the engine never cuts an element that holds the title' }]
 *     notInside: [article]         # optional: hits inside such an element are ignored
 *     spareProse: true             # optional: hits that hold prose are left to the main-content pass
 *     overlay: true                # optional: hits are hidden or laid over the page, so an h1 inside one is not the article's
 *     alwaysCut: true              # optional: hits are cut even when they hold most of the page's prose
 *     examples:
 *       cut: ['<div id="comments"><h3>2 Comments</h3>…</div>']       # must be cut when it follows an article
 *       keep: ['<p class="comment-free">An ordinary paragraph.</p>'] # must stay inside an article
 * ```
 * A thread rule (HTML pages only) finds reader-comment threads by their structure; its words tell a comment's
 * header line from its text:
 * ```yaml
 *   - name: thread-structure
 *     kind: thread
 *     description: A reader-comment thread by its structure.
 *     markers: { en: ['\ssays:?$'] }                 # where a header line says it is one, by language
 *     times: { en: ['\d+ days? ago'] }                # date and time expressions, by language or '*'
 *     discussion: { en: ['^joined:'] }                # lines only a forum's or Q&A page's posts show
 *     closers: { en: ['\sreply$'] }                   # buttons that end a header which closes its comment
 *     examples:
 *       cut: ['<div class="c"><p>Ann, 3 May 2012</p><p>Thanks for this.</p></div>…']  # a thread after an article
 *       keep: ['<ul><li><p>Ann, 3 May 2012</p><p>She founded the firm.</p></li>…</ul>']  # inside an article
 * ```
 * In contains rules, phrases match whole words only; patterns match where they say, so that a pattern can
 * catch words that a capture glued together ("Maroc2 days ago").
 * A list item is a string, or `{ text: ..., why: ... }` when the token is risky and needs its reason beside it.
 */
export type PackEntry = string | { text: string; why: string }

export interface PackRuleSource {
  name: string
  kind: 'phrase' | 'section' | 'selector' | 'thread'
  match?: 'line' | 'contains'
  maxWords?: number
  description: string
  phrases?: Record<string, PackEntry[]>
  patterns?: Record<string, PackEntry[]>
  selectors?: PackEntry[]
  notInside?: string[]
  spareProse?: boolean
  overlay?: boolean
  alwaysCut?: boolean
  markers?: Record<string, PackEntry[]>
  times?: Record<string, PackEntry[]>
  discussion?: Record<string, PackEntry[]>
  closers?: Record<string, PackEntry[]>
  examples: { cut: string[]; keep: string[] }
}

export interface PackSource {
  category: string
  rules: PackRuleSource[]
}

/**
 * The engine: rules propose, the engine decides. Given the blocks of one document, it returns a verdict per
 * block (null = keep). One pass has these steps:
 * 1. proposals: phrase and section-heading hits from the packs, repeats of earlier text, the lines of the
 *    site's template when a batch taught it, and in a capture the comment threads that the shape of their
 *    lines shows (line-threads.ts) below a main text;
 * 2. the main text: the densest run of prose, with block sections and comment threads as barriers;
 * 3. sections: each heading's run of lines, ended at the main text or at the next section;
 * 4. protection: the article's header (title, deck) above the main text and its sign-off (a dateline,
 *    credits) just below it, which even the site's template lines spare; then the template's lines go, and
 *    outside the main text what they enclose when it holds no prose;
 * 5. context: outside the main text, lines that are not prose are noise in runs of labels (menus, footers),
 *    in lists of teasers (teaser-lists.ts) and at the page's edges, and everywhere when the main text
 *    outweighs them (the page is one text); inside it, only between two removed lines;
 * 6. repeats: a kept line that repeats kept text is removed, the first copy stays;
 * 7. the guard: if the result would remove most of the prose, the pass cuts nothing and says so.
 * Passes repeat on the kept lines until one cuts nothing. A rolled-back pass is such a pass, so cleaning the
 * output meets it again, rolls back again, and changes nothing.
 */
import type { Block, Category, Warning } from '../types.js'
import type { PhraseMatcher, PhraseRuleDefinition } from '../rules/phrase-rule.js'
import { RepeatIndex } from '../kinds/repeats.js'
import { CHROME_AFTER_TEXT, CHROME_BEFORE_TEXT, CHROME_BETWEEN_NOISE, REPEATED_TEXT, SITE_TEMPLATE, TEASER_LIST } from '../kinds/code-rules.js'
import { templateWhy, type SiteTemplate } from '../templates/template-set.js'
import { classifyAll, type BlockClass } from './classes.js'
import { findMainBody, oneTextEvidence, proseWords, type Span } from './main-body.js'
import { findSections, settleSectionEnds, type Section } from './sections.js'
import { findLineThreads, type LineThread } from './line-threads.js'
import { findTeaserLists, type TeaserInput, type TeaserList } from './teaser-lists.js'
import { applyThreads, judgeThreads } from './comment-threads.js'
import type { ThreadHeaders } from '../rules/thread-rule.js'
import { PrintedLines } from './printed-lines.js'
import { findHeader, findSignOff, TITLE_WINDOW } from './protect.js'
import type { Verdict } from './verdict.js'
import type { IsEnabled } from '../compile.js'
import { quote, sentenceTail } from '../report/messages.js'
import { warning } from '../report/warnings.js'

/** Roll back when the cuts would keep less than this share of the page's prose (words of fresh prose lines). */
const ROLLBACK_KEPT_SHARE = 0.25
/** Pages with less prose than this are too small to judge a rollback on. */
const ROLLBACK_MIN_PROSE_WORDS = 100
/** Widget categories keep their own rule inside a section; descriptive ones (a byline, an alt text) join it. */
const DESCRIPTIVE: ReadonlySet<Category> = new Set(['meta', 'media', 'duplicate'])
/**
 * A run of this many labels (short lines or removed lines) is a menu or a footer: three lines are as often a
 * list inside a text. Tuned on the dev captures (commit b561c5a).
 */
const MENU_MIN_LINES = 4
/** The evidence a context cut starts from, for a line that does not end like a sentence. */
const NOT_A_SENTENCE = 'it has no sentence end and'

export interface EngineOptions {
  matcher: PhraseMatcher
  /** Whether a rule (by id) or an engine stage (`stage:<name>`) is switched on. */
  isEnabled: IsEnabled
  /**
   * The blocks are all main text, already found by other means (Readability's pass on an HTML page): the
   * main-text step is skipped, and context and repeats judge every block as inside the main text.
   */
  wholeBody?: boolean
  /**
   * For each block, the exclusive index that a section opened by it cannot pass: on an HTML page, the end of
   * the element that holds the heading and what follows it ("Latest News" in a sidebar widget ends with the
   * widget). A capture has no such bounds.
   */
  sectionLimits?: number[]
  /**
   * The thread rules, for a capture: comment threads are found by the shape of their lines. An HTML page
   * finds its threads among its elements before the engine runs, so it passes none.
   */
  lineThreads?: ThreadHeaders[]
  /** The lines that the page's site prints on most of its pages, when a batch taught them (templates/). */
  siteTemplate?: SiteTemplate
}

export interface EngineResult {
  verdicts: (Verdict | null)[]
  title: number | undefined
  warnings: Warning[]
}

/**
 * Decides until nothing changes: each pass judges the lines that the previous one kept, since removing a
 * menu can leave a label alone at the page's edge. The fixed point is what makes cleaning idempotent:
 * cleaning the output judges exactly the lines of the last pass, which cut nothing.
 */
export function decide(blocks: Block[], options: EngineOptions): EngineResult {
  // What a line says does not depend on its neighbours: matched once, for every pass. Its class is settled
  // per pass, since the lines of a broken paragraph are judged together and a pass may cut some of them.
  const hits = options.matcher.matchAll(blocks)
  const verdicts: (Verdict | null)[] = new Array(blocks.length).fill(null)
  const warnings: Warning[] = []
  let title: number | undefined
  let current = blocks
  for (;;) {
    // Each pass sees its lines numbered from 0; `current` keeps the original blocks to map the verdicts back.
    const pass = decideOnce(
      {
        blocks: current.map((block, i) => (block.index === i ? block : { ...block, index: i })),
        hits: current.map((block) => hits[block.index]),
        classes: classifyAll(current),
        sectionLimits: options.sectionLimits && renumberLimits(current, options.sectionLimits),
      },
      options,
    )
    if (pass.title !== undefined) title = current[pass.title]!.index
    if (pass.rolledBack) warnings.push(pass.rolledBack)
    const kept = current.filter((block, i) => {
      verdicts[block.index] = pass.verdicts[i] ?? null
      return !pass.verdicts[i]
    })
    if (kept.length === current.length) break
    current = kept
  }
  return { verdicts, title, warnings }
}

interface PassResult {
  verdicts: (Verdict | null)[]
  title: number | undefined
  /** The warning, when this pass rolled all its cuts back. */
  rolledBack: Warning | null
}

interface PassInput {
  /** In this pass's numbering. */
  sectionLimits: number[] | undefined
  blocks: Block[]
  hits: (PhraseRuleDefinition | undefined)[]
  classes: BlockClass[]
}

function decideOnce({ blocks, hits, classes, sectionLimits }: PassInput, { isEnabled, wholeBody, lineThreads, siteTemplate }: EngineOptions): PassResult {
  const repeatOf = findRepeats(blocks, isEnabled(REPEATED_TEXT.id))
  const sections = isEnabled('stage:sections') ? findSections({ classes, hits, repeatOf, repeatedHeadingsAreLinks: !sectionLimits }) : []

  const inAside = new Array<boolean>(blocks.length).fill(false)
  for (const section of sections) if (section.inline) for (let i = section.heading; i < section.end; i++) inAside[i] = true
  // A repeated label (a title printed twice) is noise to the main text; repeated prose is weighed as prose.
  const noise = blocks.map((_, i) => hits[i]?.kind === 'phrase' || inAside[i]! || (repeatOf[i] !== undefined && classes[i] !== 'content'))
  const template = siteTemplate && isEnabled(SITE_TEMPLATE.id) ? siteTemplate : undefined
  const templatePages = blocks.map((block) => template?.pagesWith(block))
  for (let i = 0; i < blocks.length; i++) noise[i] ||= templatePages[i] !== undefined
  const foundThreads = lineThreads?.length ? findLineThreads(blocks, classes, lineThreads) : []
  const { comments: threads, content: contentThreads, discussionLines } = lineThreads?.length
    ? judgeThreads(foundThreads, { blocks, classes, noise, hits }, lineThreads)
    : { comments: [], content: [], discussionLines: [] }
  const inCommentThread = new Array<boolean>(blocks.length).fill(false)
  for (const thread of threads) inCommentThread.fill(true, thread.start, thread.end)
  for (let i = 0; i < blocks.length; i++) noise[i] ||= inCommentThread[i]!
  // A comment thread ends the main text as a section heading does.
  const barriers = [...sections.filter((s) => !s.inline).map((s) => s.heading), ...threads.map((thread) => thread.start)].sort((a, b) => a - b)
  // Captures only (they pass their thread rules): an HTML page's teasers are elements, for its selectors.
  const teaserInput = { blocks, classes, hits, noise }
  const listed = lineThreads && isEnabled(TEASER_LIST.id) && isEnabled('stage:context') ? teasersOutsideThreads(foundThreads, teaserInput, lineThreads) : []
  const body = wholeBody
    ? blocks.length > 0 ? { start: 0, end: blocks.length } : null
    : isEnabled('stage:main-body') ? findBodyBesideTeasers(teaserInput, barriers, teaserRepeats(repeatOf), listed) : null
  const teaserLists = body ? teasersBeside(listed, body, teaserInput) : []
  settleSectionEnds(sections, body, classes, sectionLimits)

  const isChrome = (i: number) => hits[i] !== undefined || templatePages[i] !== undefined
  const header = body ? findHeader(blocks, body, { isChrome, isMeta: (i) => hits[i]?.category === 'meta' }, repeatOf) : []
  const title = header[0]
  const protectedBlocks = new Set<number>(header)
  if (body) for (const line of findSignOff(blocks, body)) protectedBlocks.add(line)
  const verdicts: (Verdict | null)[] = new Array(blocks.length).fill(null)
  applySections(sections, blocks, hits, protectedBlocks, verdicts)
  applyThreads(threads, blocks, lineThreads, verdicts)
  applyPhrases(hits, verdicts)
  if (template) {
    applyTemplate(template, templatePages, protectedBlocks, verdicts)
    if (body) applyTemplateSlots(template, templatePages, { blocks, classes, body, protectedBlocks, verdicts })
  }
  // The headers of a forum's posts and the lines that make it a discussion are no chrome to the context
  // step: without them, the first post would read as an article above a comment thread when the output is
  // cleaned again. Rules and sections still judge them.
  const spared = new Set([...protectedBlocks, ...contentThreads.flatMap((thread) => thread.headers), ...discussionLines])
  if (body && isEnabled('stage:context')) applyContext({ blocks, classes, body, verdicts, repeatOf, protectedBlocks: spared, teaserLists, isEnabled })
  if (isEnabled(REPEATED_TEXT.id)) applyRepeats(blocks, body, verdicts)

  const rolledBack = isEnabled('stage:rollback') ? guardProse(blocks, classes, (i) => repeatOf[i] !== undefined || inCommentThread[i]!, verdicts) : null
  return { verdicts, title, rolledBack }
}

/**
 * The main text. The summaries of a list of teasers are prose that it may run on into; when it does, the list
 * ends it, as a section heading does.
 */
function findBodyBesideTeasers(input: TeaserInput & { noise: boolean[] }, barriers: number[], repeats: boolean[], lists: TeaserList[]): Span | null {
  const bodyWithin = (barriers: number[]) => findMainBody({ ...input, barriers, repeats })
  const body = bodyWithin(barriers)
  const summarised = lists.filter((list) => list.summarised)
  if (!body || !areTeasersBeside(summarised, body, input)) return body
  const runInto = summarised.filter((list) => list.start < body.end && body.start < list.end)
  return runInto.length > 0 ? bodyWithin([...barriers, ...runInto.map((list) => list.start)].sort((a, b) => a - b)) : body
}

/**
 * The teaser lists of a capture but for the lines of a thread, and those within a typical item after its end
 * (which is only as exact as the length of its last item): they are the thread's to judge, and its dated
 * replies are no teasers.
 */
function teasersOutsideThreads(threads: LineThread[], { blocks, classes, hits }: TeaserInput, times: ThreadHeaders[]): TeaserList[] {
  return findTeaserLists({ blocks, classes, hits }, times).filter(
    (list) => !threads.some((thread) => thread.start < list.end && list.start < thread.end + thread.itemLines),
  )
}

/**
 * The lists that are teasers beside the main text rather than the page's content: each list of labels on its
 * own, and the lists with summaries together (a listing whose items differ in shape shows as several lists).
 */
function teasersBeside(lists: TeaserList[], body: Span, input: TeaserInput & { noise: boolean[] }): TeaserList[] {
  const summarised = lists.filter((list) => list.summarised)
  const summariesBeside = areTeasersBeside(summarised, body, input)
  return lists.filter((list) => (list.summarised ? summariesBeside : areTeasersBeside([list], body, input)))
}

/**
 * Whether the lists are teasers beside the main text rather than the page's content. Lists with as many words
 * as the main text has prose outside them are the page's content: the items of a shop's or a blog's listing,
 * the main text a blurb above them.
 */
function areTeasersBeside(lists: TeaserList[], body: Span, { blocks, classes, noise }: TeaserInput & { noise: boolean[] }): boolean {
  let prose = proseWords(body, blocks, classes, noise)
  let words = 0
  for (const list of lists) {
    prose -= proseWords({ start: Math.max(list.start, body.start), end: Math.min(list.end, body.end) }, blocks, classes, noise)
    for (let i = list.start; i < list.end; i++) words += blocks[i]!.features.words
  }
  return words < prose
}

/** Limits in the original numbering, for the blocks a pass judges: a limit counts the kept blocks before it. */
function renumberLimits(current: Block[], limits: number[]): number[] {
  return current.map((block) => {
    // The first kept block at or past the limit, by binary search: `current` is in document order.
    const limit = limits[block.index]!
    let low = 0
    let high = current.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (current[middle]!.index < limit) low = middle + 1
      else high = middle
    }
    return low
  })
}

function findRepeats(blocks: Block[], enabled: boolean): (number | undefined)[] {
  if (!enabled) return blocks.map(() => undefined)
  const index = new RepeatIndex()
  return blocks.map((block) => {
    const original = index.find(block)
    index.add(block)
    return original
  })
}

/**
 * The repeats that may be a teaser reprinting the article, which the main text never starts or ends with: a
 * copy printed right after its original, or after other copies of it, is the page printing a paragraph
 * twice in a row, and as much the text as the original.
 */
function teaserRepeats(repeatOf: (number | undefined)[]): boolean[] {
  return repeatOf.map((original, i) => original !== undefined && original !== i - 1 && repeatOf[i - 1] !== original)
}

/** Sections take their lines, but for the protected ones and for lines that a widget rule of their own matched. */
function applySections(
  sections: Section[],
  blocks: Block[],
  hits: (PhraseRuleDefinition | undefined)[],
  protectedBlocks: Set<number>,
  verdicts: (Verdict | null)[],
): void {
  for (const { heading, rule, end, inline, menuItem } of sections) {
    const headingText = quote(blocks[heading]!.text, 40)
    const lastLine = blocks[end - 1]!.line
    for (let i = heading; i < end; i++) {
      const own = hits[i]
      if (protectedBlocks.has(i) || (own && own !== rule && !DESCRIPTIVE.has(own.category))) continue
      const why = menuItem
        ? `it is a ${rule.category} link in a menu above the main text`
        : i === heading
          ? `it heads a ${rule.category} section (${sentenceTail(rule.description)})`
          : inline
            ? `it belongs to the aside under ${headingText}, which ends where the text resumes`
            : `it sits in the ${rule.category} section under ${headingText} (lines ${blocks[heading]!.line}-${lastLine})`
      verdicts[i] = { rule: rule.id, category: rule.category, why }
    }
  }
}

function applyPhrases(hits: (PhraseRuleDefinition | undefined)[], verdicts: (Verdict | null)[]): void {
  hits.forEach((rule, i) => {
    if (!rule || verdicts[i]) return
    verdicts[i] = { rule: rule.id, category: rule.category, why: sentenceTail(rule.description) }
  })
}

/** The site's template lines, but for the page's own title, header and sign-off. */
function applyTemplate(template: SiteTemplate, pagesWith: (number | undefined)[], protectedBlocks: Set<number>, verdicts: (Verdict | null)[]): void {
  pagesWith.forEach((pages, i) => {
    if (pages === undefined || verdicts[i] || protectedBlocks.has(i)) return
    verdicts[i] = { rule: SITE_TEMPLATE.id, category: 'boilerplate', why: templateWhy(pages, template.pages, template.site) }
  })
}

interface SlotInput {
  blocks: Block[]
  classes: BlockClass[]
  body: Span
  protectedBlocks: Set<number>
  verdicts: (Verdict | null)[]
}

/**
 * The slots of a site's frame: outside the main text, the lines between two template lines with no prose
 * among them. A site's menus and boxes keep their frame from page to page while what fills them changes (a
 * "featured blogs" box's teasers, today's most read), so a line that no other page repeats is chrome too
 * when the site's own lines enclose it. The last slot above the main text is left out: it may hold the
 * page's title and the caption of its picture, further up than the header window reaches.
 */
function applyTemplateSlots(template: SiteTemplate, pagesWith: (number | undefined)[], { blocks, classes, body, protectedBlocks, verdicts }: SlotInput): void {
  const frameLines = (from: number, to: number) => {
    const lines: number[] = []
    for (let i = from; i < to; i++) if (pagesWith[i] !== undefined) lines.push(i)
    return lines
  }
  const slots = [...slotsBetween(frameLines(0, body.start)).slice(0, -1), ...slotsBetween(frameLines(body.end, blocks.length))]
  for (const [from, to] of slots) {
    if (classes.slice(from + 1, to).includes('content')) continue
    const why = `it sits between ${quote(blocks[from]!.text)} and ${quote(blocks[to]!.text)}, which ${template.site} prints on most of its pages, with no prose between them`
    for (let i = from + 1; i < to; i++) {
      if (!verdicts[i] && !protectedBlocks.has(i)) verdicts[i] = { rule: SITE_TEMPLATE.id, category: 'boilerplate', why }
    }
  }
}

/** The frame lines that enclose some other line, each with the next one. */
function slotsBetween(frameLines: number[]): [number, number][] {
  return frameLines.slice(1).flatMap((to, k) => (to - frameLines[k]! > 1 ? [[frameLines[k]!, to] as [number, number]] : []))
}

interface ContextInput {
  blocks: Block[]
  classes: BlockClass[]
  body: Span
  verdicts: (Verdict | null)[]
  repeatOf: (number | undefined)[]
  protectedBlocks: Set<number>
  teaserLists: TeaserList[]
  isEnabled: IsEnabled
}

/**
 * Lines that are not sentences, in context (the jusText idea). Outside the main text, a short line is noise
 * when it belongs to a run of labels (a menu, a footer) or to the labels at the page's edges, and a longer
 * one when labels surround it, and every line of a list of teasers; a lone label between prose lines (a
 * forum user's name, a list heading) stays,
 * unless the main text outweighs all such lines (an article's page, not a listing's): then every line
 * outside it that is not prose goes, but for the header window above it. Inside the main text, a short
 * line is noise only between two removed lines.
 */
function applyContext({ blocks, classes, body, verdicts, repeatOf, protectedBlocks, teaserLists, isEnabled }: ContextInput): void {
  const teaserListOf = new Array<TeaserList | undefined>(blocks.length)
  for (const list of teaserLists) teaserListOf.fill(list, list.start, list.end)
  const isLabel = (i: number) =>
    i < 0 || i >= blocks.length || classes[i] === 'short' || verdicts[i] !== null || teaserListOf[i] !== undefined
  const runs = labelRuns(blocks.length, isLabel)
  const inMenu = (i: number) => (runs[i] ?? Infinity) >= MENU_MIN_LINES
  const oneText = oneTextEvidence(body, blocks, classes, verdicts.map((verdict) => verdict !== null))
  // The lines just above the main text are its header (title, byline, deck): the strict bar spares them.
  const inHeaderWindow = (i: number) => i < body.start && i >= body.start - TITLE_WINDOW
  for (let i = 0; i < blocks.length; i++) {
    if (verdicts[i]) continue
    const list = teaserListOf[i]
    // A list that reaches past the main text is all outside it: its first title may weigh enough to join
    // the main text's last paragraph. A teaser's title, date and summary are no header, sign-off or prose of
    // the main text either, though they may sit where those do.
    if (list && (list.start < body.start || list.end > body.end)) {
      verdicts[i] = teaserVerdict(list, blocks, list.start < body.start ? 'above' : 'below')
      continue
    }
    if (classes[i] === 'content') continue
    const where = i < body.start ? 'above' : 'below'
    if (protectedBlocks.has(i)) continue
    // A repeat of a line that stays is left to the repeats step, which names what it repeats.
    const original = repeatOf[i]
    if (original !== undefined && !verdicts[original]) continue
    if (i < body.start || i >= body.end) {
      const evidence =
        (classes[i] === 'short'
          ? inMenu(i) && `sits in a run of short lines ${where} the main text`
          : isLabel(i - 1) && isLabel(i + 1) && (inMenu(i - 1) || inMenu(i + 1)) && `sits among menu lines ${where} the main text`) ||
        (oneText !== null && !inHeaderWindow(i) && `sits ${where} a main text that ${oneText}`)
      if (!evidence) continue
      const { endsSentence, words } = blocks[i]!.features
      const why = `${endsSentence ? `it is too short to be prose (${words} words) and` : NOT_A_SENTENCE} ${evidence}`
      if (i < body.start) {
        if (isEnabled(CHROME_BEFORE_TEXT.id)) verdicts[i] = { rule: CHROME_BEFORE_TEXT.id, category: 'navigation', why }
        continue
      }
      if (!isEnabled(CHROME_AFTER_TEXT.id)) continue
      const above = verdicts[i - 1]
      const joins = above && !DESCRIPTIVE.has(above.category) && above.category !== 'boilerplate'
      verdicts[i] = joins
        ? { rule: CHROME_AFTER_TEXT.id, category: above.category, why: `${why}, right after ${above.category} lines` }
        : { rule: CHROME_AFTER_TEXT.id, category: 'boilerplate', why }
    } else if (classes[i] === 'short' && verdicts[i - 1] && verdicts[i + 1] && isEnabled(CHROME_BETWEEN_NOISE.id)) {
      const above = verdicts[i - 1]!
      verdicts[i] = { rule: CHROME_BETWEEN_NOISE.id, category: above.category, why: `${NOT_A_SENTENCE} sits between two removed ${above.category} lines` }
    }
  }
}

function teaserVerdict(list: TeaserList, blocks: Block[], where: string): Verdict {
  const why =
    `it sits in a list of ${list.items} teasers ${where} the main text, ` +
    `each of ${list.step} short lines, one of them shaped like ${quote(blocks[list.start]!.text)}`
  return { rule: TEASER_LIST.id, category: 'related', why }
}

/** For each block, the length of the run of labels it belongs to (0 if it is no label); runs at the page's edges are endless. */
function labelRuns(count: number, isLabel: (i: number) => boolean): number[] {
  const runs = new Array<number>(count).fill(0)
  for (let start = 0; start < count; ) {
    if (!isLabel(start)) {
      start++
      continue
    }
    let end = start
    while (end < count && isLabel(end)) end++
    const length = start === 0 || end === count ? Infinity : end - start
    runs.fill(length, start, end)
    start = end
  }
  return runs
}

/**
 * Removes kept lines that repeat kept text; the first copy stays. Inside the main text repeats stay: table
 * cells, refrains and numbered items recur legitimately there.
 */
function applyRepeats(blocks: Block[], body: Span | null, verdicts: (Verdict | null)[]): void {
  const kept = new RepeatIndex()
  for (const block of blocks) {
    if (verdicts[block.index]) continue
    const original = kept.find(block)
    const inBody = body && block.index >= body.start && block.index < body.end
    if (original === undefined || inBody) {
      kept.add(block)
      continue
    }
    const source = blocks[original]!
    const why =
      source.features.normalised === block.features.normalised
        ? `it repeats line ${source.line}`
        : `most of its text repeats what the page already says from line ${source.line}`
    verdicts[block.index] = { rule: REPEATED_TEXT.id, category: 'duplicate', why }
  }
  joinReprints(blocks, body, verdicts)
}

/** The shortest line of the page that a joining line is taken to run into its own text: a menu, not a word. */
const JOINED_LINE_MIN_CHARS = 30

/**
 * A capture that holds its page over and over runs each copy's first line into the last line of the copy
 * before. Below the main text, a line between two cut lines that begins or ends with a whole line printed
 * above it joins two reprints, and goes with them.
 */
function joinReprints(blocks: Block[], body: Span | null, verdicts: (Verdict | null)[]): void {
  if (body === null) return
  const isCut = (i: number) => Boolean(verdicts[i])
  // Lines are hashed only up to a line that could join two reprints: on most pages none does.
  const printed = new PrintedLines()
  let printedUpTo = 0
  for (let i = body.end; i < blocks.length; i++) {
    if (verdicts[i] || !isCut(i - 1) || !isCut(i + 1)) continue
    for (; printedUpTo < i; printedUpTo++) {
      const { text } = blocks[printedUpTo]!
      if (text.length >= JOINED_LINE_MIN_CHARS) printed.add(text)
    }
    if (printed.beginsOrEndsWithOne(blocks[i]!.text))
      verdicts[i] = { rule: REPEATED_TEXT.id, category: 'duplicate', why: 'it runs a line printed above into its own text, between two removed lines: it joins two reprints of the page' }
  }
}

/**
 * Leaves the lines as they are when the cuts would remove most of the page's prose: a page whose main text the
 * engine misread is better kept whole, with a warning, than emptied. Whole, not half: any partial undo could
 * be judged differently when the output is cleaned again. Repeats and the comments of a thread found by its
 * structure are no prose of the page's own.
 */
function guardProse(
  blocks: Block[],
  classes: BlockClass[],
  notOwnProse: (i: number) => boolean,
  verdicts: (Verdict | null)[],
): Warning | null {
  let prose = 0
  let kept = 0
  blocks.forEach((block, i) => {
    if (classes[i] !== 'content' || notOwnProse(i)) return
    prose += block.features.words
    if (!verdicts[i]) kept += block.features.words
  })
  if (prose < ROLLBACK_MIN_PROSE_WORDS || kept >= prose * ROLLBACK_KEPT_SHARE) return null
  verdicts.fill(null)
  return warning('rolled-back', blocks.length, kept, prose)
}

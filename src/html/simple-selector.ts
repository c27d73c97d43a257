/**
 * A compiler for the compound CSS selectors that rule packs use: a tag, #id, .class and attribute tests
 * ([a], [a=v], [a~=v], [a^=v], [a$=v], [a*=v], each with an optional "i" flag), with no combinators or
 * pseudo-classes. They are tested on a plain record of each element's attributes during one walk of the
 * page, where the DOM's querySelectorAll walks the page once per selector. Anything richer is left to the DOM
 * (see dom-rules.ts).
 */

/**
 * What a compiled selector looks at: the tag name and the attributes it names. Each attribute is read from
 * the element once, and lower-cased or split into words once, however many of the packs' selectors test it:
 * a page's every element meets every selector, and most of them test the same few attributes (class, id).
 */
export class ElementFacts {
  private readonly values = new Map<string, string | null>()
  private readonly lowerCased = new Map<string, string | null>()
  private readonly wordLists = new Map<string, string[]>()

  constructor(
    readonly tag: string,
    private readonly read: (name: string) => string | null,
  ) {}

  attribute(name: string): string | null {
    let value = this.values.get(name)
    if (value === undefined) {
      value = this.read(name)
      this.values.set(name, value)
    }
    return value
  }

  /** The value in lower case, for the tests with the "i" flag. */
  lowerCase(name: string): string | null {
    let value = this.lowerCased.get(name)
    if (value === undefined) {
      value = this.attribute(name)?.toLowerCase() ?? null
      this.lowerCased.set(name, value)
    }
    return value
  }

  /** The value's white-space-separated words, as `.class` and `[a~=v]` read it. */
  words(name: string): string[] {
    let words = this.wordLists.get(name)
    if (words === undefined) {
      words = this.attribute(name)?.split(/\s+/) ?? []
      this.wordLists.set(name, words)
    }
    return words
  }
}

export type ElementTest = (element: ElementFacts) => boolean

const IDENTIFIER = String.raw`-?[_a-zA-Z][\w-]*`
const VALUE = String.raw`"[^"]*"|'[^']*'|[\w-]+`
const PART = new RegExp(
  String.raw`^(?:(${IDENTIFIER}|\*)|#(${IDENTIFIER})|\.(${IDENTIFIER})|\[\s*(${IDENTIFIER})\s*(?:([~^$*]?=)\s*(${VALUE})\s*(i)?\s*)?\])`,
)

/** One part of a compound selector: a tag, an id, a class, or an attribute test. */
type Part =
  | { kind: 'tag'; tag: string }
  | { kind: 'id'; id: string }
  | { kind: 'class'; name: string }
  | { kind: 'attribute'; name: string; operator: string | undefined; value: string; insensitive: boolean }

/** The parts of `selector`, or null when it is not a simple compound selector. */
function partsOf(selector: string): Part[] | null {
  const parts: Part[] = []
  let rest = selector.trim()
  if (!rest) return null
  while (rest) {
    const part = PART.exec(rest)
    if (!part) return null
    const [whole, tag, id, className, name, operator, rawValue, insensitive] = part
    if (tag && tag !== '*') parts.push({ kind: 'tag', tag: tag.toLowerCase() })
    else if (id) parts.push({ kind: 'id', id })
    else if (className) parts.push({ kind: 'class', name: className })
    else if (name) {
      const value = rawValue?.replace(/^(["'])(.*)\1$/, '$2') ?? ''
      parts.push({ kind: 'attribute', name: name.toLowerCase(), operator, value: insensitive ? value.toLowerCase() : value, insensitive: insensitive === 'i' })
    }
    rest = rest.slice(whole.length)
  }
  return parts
}

/** The test for `selector`, or null when it is not a simple compound selector. */
export function compileSimpleSelector(selector: string): ElementTest | null {
  const parts = partsOf(selector)
  return parts && testOf(parts)
}

/**
 * The test for a list of selectors (an element matches when any selector does), and the selectors that are
 * not simple, for the DOM to query. Most of the packs' selectors are one part, a tag, an id, a class or a
 * case-blind substring of one attribute ([class*="share" i]): those are tested together, with one set lookup
 * or one pass over the attribute's value, instead of one function call each.
 */
export function compileSelectorList(selectors: string[]): { test: ElementTest; complex: string[] } {
  const tags = new Set<string>()
  const ids = new Set<string>()
  const classes = new Set<string>()
  const substrings = new Map<string, string[]>()
  const compound: ElementTest[] = []
  const complex: string[] = []
  for (const selector of selectors) {
    const parts = partsOf(selector)
    const only = parts?.length === 1 ? parts[0]! : null
    if (!parts) complex.push(selector)
    else if (only?.kind === 'tag') tags.add(only.tag)
    else if (only?.kind === 'id') ids.add(only.id)
    else if (only?.kind === 'class') classes.add(only.name)
    else if (only?.kind === 'attribute' && only.operator === '*=' && only.insensitive && only.value !== '')
      substrings.set(only.name, [...(substrings.get(only.name) ?? []), only.value])
    else compound.push(testOf(parts))
  }
  // Literal alternatives, so that one scan of the value tries every substring.
  const substringTests = [...substrings].map(([name, values]) => {
    const expression = new RegExp(values.map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'))
    return (element: ElementFacts) => {
      const value = element.lowerCase(name)
      return value !== null && expression.test(value)
    }
  })
  const test = (element: ElementFacts) =>
    tags.has(element.tag) ||
    (ids.size > 0 && ids.has(element.attribute('id') ?? '')) ||
    (classes.size > 0 && element.words('class').some((name) => classes.has(name))) ||
    substringTests.some((test) => test(element)) ||
    compound.some((test) => test(element))
  return { test, complex }
}

function testOf(parts: Part[]): ElementTest {
  const tests = parts.map(partTest)
  return (element) => tests.every((test) => test(element))
}

function partTest(part: Part): ElementTest {
  switch (part.kind) {
    case 'tag':
      return (element) => element.tag === part.tag
    case 'id':
      return (element) => element.attribute('id') === part.id
    case 'class':
      return (element) => element.words('class').includes(part.name)
    case 'attribute':
      return attributeTest(part)
  }
}

function attributeTest({ name, operator, value: wanted, insensitive }: Extract<Part, { kind: 'attribute' }>): ElementTest {
  if (!operator) return (element) => element.attribute(name) !== null
  const read = insensitive ? (element: ElementFacts) => element.lowerCase(name) : (element: ElementFacts) => element.attribute(name)
  switch (operator) {
    case '=':
      return (element) => read(element) === wanted
    case '~=':
      return insensitive
        ? (element) => (element.lowerCase(name)?.split(/\s+/).includes(wanted) ?? false)
        : (element) => element.words(name).includes(wanted)
    case '^=':
      return (element) => wanted !== '' && (read(element)?.startsWith(wanted) ?? false)
    case '$=':
      return (element) => wanted !== '' && (read(element)?.endsWith(wanted) ?? false)
    default:
      return (element) => wanted !== '' && (read(element)?.includes(wanted) ?? false)
  }
}

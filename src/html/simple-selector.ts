/**
 * A compiler for the compound CSS selectors that rule packs use: a tag, #id, .class and attribute tests
 * ([a], [a=v], [a~=v], [a^=v], [a$=v], [a*=v], each with an optional "i" flag), with no combinators or
 * pseudo-classes. They are tested on a plain record of each element's attributes during one walk of the
 * page, where the DOM's querySelectorAll walks the page once per selector. Anything richer is left to the DOM
 * (see dom-rules.ts).
 */

/** What a compiled selector looks at: the tag name and the attributes it names, read once per element. */
export interface ElementFacts {
  tag: string
  attribute(name: string): string | null
}

export type ElementTest = (element: ElementFacts) => boolean

const IDENTIFIER = String.raw`-?[_a-zA-Z][\w-]*`
const VALUE = String.raw`"[^"]*"|'[^']*'|[\w-]+`
const PART = new RegExp(
  String.raw`^(?:(${IDENTIFIER}|\*)|#(${IDENTIFIER})|\.(${IDENTIFIER})|\[\s*(${IDENTIFIER})\s*(?:([~^$*]?=)\s*(${VALUE})\s*(i)?\s*)?\])`,
)

/** The test for `selector`, or null when it is not a simple compound selector. */
export function compileSimpleSelector(selector: string): ElementTest | null {
  const tests: ElementTest[] = []
  let rest = selector.trim()
  if (!rest) return null
  while (rest) {
    const part = PART.exec(rest)
    if (!part) return null
    const [whole, tag, id, className, name, operator, rawValue, insensitive] = part
    if (tag && tag !== '*') {
      const lower = tag.toLowerCase()
      tests.push((element) => element.tag === lower)
    } else if (id) tests.push((element) => element.attribute('id') === id)
    else if (className) tests.push((element) => hasWord(element.attribute('class'), className))
    else if (name) tests.push(attributeTest(name.toLowerCase(), operator, rawValue, insensitive === 'i'))
    rest = rest.slice(whole.length)
  }
  return (element) => tests.every((test) => test(element))
}

function attributeTest(name: string, operator: string | undefined, rawValue: string | undefined, insensitive: boolean): ElementTest {
  if (!operator) return (element) => element.attribute(name) !== null
  const unquoted = rawValue!.replace(/^(["'])(.*)\1$/, '$2')
  const wanted = insensitive ? unquoted.toLowerCase() : unquoted
  const read = (element: ElementFacts) => {
    const value = element.attribute(name)
    return value === null ? null : insensitive ? value.toLowerCase() : value
  }
  switch (operator) {
    case '=':
      return (element) => read(element) === wanted
    case '~=':
      return (element) => hasWord(read(element), wanted)
    case '^=':
      return (element) => wanted !== '' && (read(element)?.startsWith(wanted) ?? false)
    case '$=':
      return (element) => wanted !== '' && (read(element)?.endsWith(wanted) ?? false)
    default:
      return (element) => wanted !== '' && (read(element)?.includes(wanted) ?? false)
  }
}

function hasWord(list: string | null, word: string): boolean {
  return list !== null && list.split(/\s+/).includes(word)
}

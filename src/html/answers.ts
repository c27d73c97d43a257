/**
 * The answers of a question-and-answer page. Readability returns one container, and on a Q&A page it is
 * often the question alone, while the answers below it are what the page is for. Such pages mark their
 * answers with schema.org microdata (a QAPage's acceptedAnswer and suggestedAnswer, as the Stack Exchange
 * sites and many forums do), and each answer's body as its `text` property, which leaves out the answer's
 * chrome ("Share", "Follow") and the comments under it. Stack Exchange pages, FAQs and shops' Q&As mark
 * them so.
 */
import type { HtmlBlock } from './blocks.js'

const ANSWER_PROPERTY = /^(?:accepted|suggested)Answer$/i

/** The blocks of an answer's body: inside an element marked as its text, inside one marked as an answer. */
export function findAnswers(outside: HtmlBlock[]): HtmlBlock[] {
  return outside.filter((block) => {
    const answer = block.ancestors.findIndex((element) => hasProperty(element, ANSWER_PROPERTY))
    return answer >= 0 && block.ancestors.slice(answer + 1).some((element) => hasProperty(element, /^text$/))
  })
}

function hasProperty(element: Element, name: RegExp): boolean {
  // itemprop holds a space-separated list of property names.
  return element.getAttribute('itemprop')?.split(/\s+/).some((property) => name.test(property)) ?? false
}

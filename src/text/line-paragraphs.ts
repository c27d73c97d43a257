/**
 * A unified plugin that extends retext-latin for page captures:
 * - every line is its own ParagraphNode. parse-latin breaks paragraphs only at line breaks that fall between
 *   sentences, so a widget like "Comments\nNo comments yet..." would otherwise be one sentence;
 * - the Arabic question mark ؟ and full stop ۔ end a sentence, as . ! ? do.
 */
import type { Paragraph, Root, RootContent, Sentence, SentenceContent, WhiteSpace } from 'nlcst'
import type { Processor } from 'unified'

const LINE_BREAK = /[\n\r]/
const ARABIC_TERMINAL = /^[؟۔]+$/

export default function lineParagraphs(this: Processor): undefined {
  const data = this.data()
  data.nlcstRootExtensions = [...(data.nlcstRootExtensions ?? []), splitParagraphsAtLineBreaks]
  data.nlcstParagraphExtensions = [...(data.nlcstParagraphExtensions ?? []), splitSentencesAtArabicTerminals]
}

function splitParagraphsAtLineBreaks(root: Root): undefined {
  const children: RootContent[] = []
  for (const child of root.children) {
    if (child.type === 'ParagraphNode') children.push(...splitParagraph(child))
    else children.push(child)
  }
  root.children = children
}

/** Splits a paragraph wherever white space holds a line break; that white space moves up to the root. */
function splitParagraph(paragraph: Paragraph): RootContent[] {
  const out: RootContent[] = []
  let lineParts: Paragraph['children'] = []
  const endLine = (breakNode?: WhiteSpace) => {
    if (lineParts.length > 0) out.push(withPosition<Paragraph>({ type: 'ParagraphNode', children: lineParts }))
    lineParts = []
    if (breakNode) out.push(breakNode)
  }
  for (const child of paragraph.children) {
    if (isLineBreak(child)) {
      endLine(child)
    } else if (child.type === 'SentenceNode') {
      let sentenceParts: SentenceContent[] = []
      const endSentence = () => {
        if (sentenceParts.length > 0) lineParts.push(withPosition<Sentence>({ type: 'SentenceNode', children: sentenceParts }))
        sentenceParts = []
      }
      for (const token of child.children) {
        if (isLineBreak(token)) {
          endSentence()
          endLine(token)
        } else {
          sentenceParts.push(token)
        }
      }
      endSentence()
    } else {
      lineParts.push(child)
    }
  }
  endLine()
  return out
}

function splitSentencesAtArabicTerminals(paragraph: Paragraph): undefined {
  const children: Paragraph['children'] = []
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') {
      children.push(child)
      continue
    }
    let parts: SentenceContent[] = []
    for (const token of child.children) {
      parts.push(token)
      if (token.type === 'PunctuationNode' && ARABIC_TERMINAL.test(token.value)) {
        children.push(withPosition<Sentence>({ type: 'SentenceNode', children: parts }))
        parts = []
      }
    }
    if (parts.length > 0) children.push(withPosition<Sentence>({ type: 'SentenceNode', children: parts }))
  }
  paragraph.children = children
}

function isLineBreak(node: { type: string; value?: string }): node is WhiteSpace {
  return node.type === 'WhiteSpaceNode' && LINE_BREAK.test(node.value ?? '')
}

/** A parent spans its first child's start to its last child's end. */
function withPosition<T extends Paragraph | Sentence>(node: T): T {
  const first = node.children[0]
  const last = node.children[node.children.length - 1]
  if (first?.position && last?.position) node.position = { start: first.position.start, end: last.position.end }
  return node
}

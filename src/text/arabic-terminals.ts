/**
 * A unified plugin that extends retext-latin: the Arabic question mark ؟ and full stop ۔ end a sentence, as
 * . ! ? do.
 */
import type { Paragraph, Sentence, SentenceContent } from 'nlcst'
import type { Processor } from 'unified'

const ARABIC_TERMINAL = /^[؟۔]+$/

export default function arabicTerminals(this: Processor): undefined {
  const data = this.data()
  data.nlcstParagraphExtensions = [...(data.nlcstParagraphExtensions ?? []), splitSentencesAtArabicTerminals]
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
        children.push(withPosition({ type: 'SentenceNode', children: parts }))
        parts = []
      }
    }
    if (parts.length > 0) children.push(withPosition({ type: 'SentenceNode', children: parts }))
  }
  paragraph.children = children
}

/** A sentence spans its first token's start to its last token's end. */
function withPosition(sentence: Sentence): Sentence {
  const first = sentence.children[0]
  const last = sentence.children[sentence.children.length - 1]
  if (first?.position && last?.position) sentence.position = { start: first.position.start, end: last.position.end }
  return sentence
}

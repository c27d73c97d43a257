/**
 * A small rule pack of the tests' own, so that CLI tests do not change, or break, when the shipped packs do.
 * It follows the pack format of src/rules/pack-format.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Writes the pack into `dir`/rules and returns that folder, for --rules. */
export function writeTestRulePack(dir: string, headings: string[] = ['Comments', 'Leave a Reply']): string {
  const rules = path.join(dir, 'rules')
  mkdirSync(rules)
  writeFileSync(
    path.join(rules, 'comments.yaml'),
    `category: comments
rules:
  - name: comments-heading
    kind: section
    description: The heading of a comment section.
    phrases:
      en: [${headings.join(', ')}]
    examples:
      cut: [Leave a Reply]
      keep: [Leave a reply below and we will answer every question.]
`,
  )
  return rules
}

/**
 * A stage of the HTML pipeline: one step over the page's state (page.ts), run in the order of the list in
 * stages/index.ts. Its code rules are the rules whose cuts it makes, described beside the code that makes them.
 */
import type { RuleMeta } from '../types.js'
import type { StageInfo } from '../engine/stages.js'
import type { Page } from './page.js'

export interface HtmlStage<Name extends string = string, Switchable extends boolean = boolean> extends StageInfo<Name> {
  /** Whether `disable: ['stage:<name>']` switches the stage off; the others run on every page. */
  switchable: Switchable
  /** Listed, switched off and tested like pack rules; their examples are HTML fragments (test/support/frame.ts). */
  codeRules: RuleMeta[]
  run(page: Page): void
}

/** Keeps a stage's name and switch as literal types, so that the type of the stages' names derives from the list. */
export function htmlStage<const Name extends string, const Switchable extends boolean>(stage: HtmlStage<Name, Switchable>): HtmlStage<Name, Switchable> {
  return stage
}

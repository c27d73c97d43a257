/**
 * The HTML pipeline: its stages, in the order they run over a page (clean-html.ts). A stage is one module of
 * this folder; adding one is a module and a line here. Its code rules and, when it is switchable, its name
 * join the cleaner's (compile.ts), which every run compiles, text-only ones too: so this list and the stages'
 * modules load no DOM library (Readability is loaded on its first pass, main-content.ts).
 */
import type { RuleMeta } from '../../types.js'
import { STREAMED_FALLBACK_STAGE } from './streamed-fallback.js'
import { SELECTOR_RULES_STAGE } from './selector-rules.js'
import { LINK_MENUS_STAGE } from './link-menus.js'
import { MAIN_CONTENT_STAGE } from './main-content.js'
import { DESCRIPTION_STAGE } from './description.js'
import { COMMENT_THREADS_STAGE } from './comment-threads.js'
import { ARTICLE_GATE_STAGE } from './article-gate.js'
import { LEAD_STAGE } from './lead.js'
import { CONTINUATION_STAGE } from './continuation.js'
import { PLUGIN_CAPTIONS_STAGE } from './plugin-captions.js'
import { ANSWERS_STAGE } from './answers.js'
import { NAMED_REGIONS_STAGE } from './named-regions.js'
import { OUTSIDE_MAIN_CONTENT_STAGE } from './outside-main-content.js'
import { TEXT_ENGINE_STAGE } from './text-engine.js'
import { LOST_ARTICLE_STAGE } from './lost-article.js'

export const HTML_STAGES = [
  STREAMED_FALLBACK_STAGE,
  SELECTOR_RULES_STAGE,
  LINK_MENUS_STAGE,
  MAIN_CONTENT_STAGE,
  DESCRIPTION_STAGE,
  COMMENT_THREADS_STAGE,
  ARTICLE_GATE_STAGE,
  LEAD_STAGE,
  CONTINUATION_STAGE,
  PLUGIN_CAPTIONS_STAGE,
  ANSWERS_STAGE,
  NAMED_REGIONS_STAGE,
  OUTSIDE_MAIN_CONTENT_STAGE,
  TEXT_ENGINE_STAGE,
  LOST_ARTICLE_STAGE,
] as const

/** The stages that `disable: ['stage:<name>']` switches off. */
export type SwitchableHtmlStage = Extract<(typeof HTML_STAGES)[number], { switchable: true }>
export type HtmlStageName = SwitchableHtmlStage['name']

export const SWITCHABLE_HTML_STAGES = HTML_STAGES.filter((stage): stage is SwitchableHtmlStage => stage.switchable)

/** The HTML-only rules whose logic is code: their stages make their cuts. */
export const HTML_CODE_RULES: RuleMeta[] = HTML_STAGES.flatMap((stage) => stage.codeRules)

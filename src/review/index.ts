/** The review tools' API for the command line: the HTML review page, the terminal explain view and their numbers. */
export { renderReviewPage, type ReviewDocument, type InputReader } from './page.js'
export { summarizeBatch, cutShare, HIGH_CUT_SHARE, type BatchSummary, type ReviewedReport } from './summary.js'
export { looksNoisy } from './noise-signal.js'
export { explainDocument, explainLines, type ExplainOptions } from './explain.js'
export { readReport } from './read-report.js'

/** The review page's styles, inlined into the page. Category colours come from palette.ts as --c. */
export const REVIEW_STYLES = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #666; --line: #ddd; --panel: #f6f6f4; font: 14px/1.45 system-ui, sans-serif; color: var(--ink); }
body { margin: 0; }
h1 { font-size: 1.3rem; margin: 0; } h2 { font-size: 1.05rem; margin: 0; } h3 { font-size: .95rem; margin: .2rem 0 .5rem; }
.page-head { padding: .8rem 1.2rem; border-bottom: 1px solid var(--line); }
.page-head p { margin: .2rem 0 0; color: var(--muted); }
kbd { border: 1px solid var(--line); border-radius: 3px; padding: 0 .3em; font-size: .85em; background: #fff; }
.note { color: var(--muted); font-size: .9em; }
#summary { padding: .8rem 1.2rem; background: var(--panel); border-bottom: 1px solid var(--line); }
.stats { display: flex; flex-wrap: wrap; gap: .5rem 2rem; margin: 0 0 .8rem; }
.stats dt { color: var(--muted); font-size: .85em; } .stats dd { margin: 0; font-size: 1.25rem; font-variant-numeric: tabular-nums; }
.stats dd.note { font-size: .8em; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem 2.5rem; align-items: flex-start; }
figure { margin: 0; } figcaption { font-weight: 600; margin-bottom: .3rem; }
svg.chart { max-width: 100%; height: auto; font-size: 11px; overflow: visible; }
svg.chart text { fill: var(--ink); } svg.chart .value, svg.chart .axis { fill: var(--muted); }
svg.chart .bin rect { fill: #5b7fa6; }
svg.chart .bar { cursor: pointer; } svg.chart .bar:hover rect, svg.chart .bar:focus rect { opacity: .75; }
svg.chart .bar:focus { outline: none; } svg.chart .bar:focus text { font-weight: 700; }
#outliers h2 { margin: 1rem 0 .3rem; }
#outliers details { margin: .2rem 0; } #outliers summary { cursor: pointer; }
#outliers ul { margin: .2rem 0 .4rem; max-height: 12rem; overflow: auto; }
#filters { display: flex; flex-wrap: wrap; gap: .5rem 1.2rem; align-items: center; padding: .6rem 1.2rem; border-bottom: 1px solid var(--line); position: sticky; top: 0; background: #fff; z-index: 2; }
#filters select { max-width: 22rem; }
#shown-count { font-weight: 600; }
.panes { display: grid; grid-template-columns: minmax(14rem, 22rem) 1fr; min-height: 70vh; }
#doc-list { border-right: 1px solid var(--line); overflow: auto; max-height: calc(100vh - 3rem); position: sticky; top: 3rem; }
#doc-list ol { list-style: none; margin: 0; padding: 0; }
#doc-list a { display: block; padding: .3rem .8rem; color: inherit; text-decoration: none; border-bottom: 1px solid #eee; overflow-wrap: anywhere; }
#doc-list a:hover { background: var(--panel); } #doc-list a[aria-current] { background: #e4ecf7; }
#doc-list .note { display: block; }
#show-more { margin: .5rem .8rem; }
.flag { color: #b00; font-weight: 700; margin-left: .3em; }
#doc-view { padding: .8rem 1.2rem; min-width: 0; outline: none; }
.doc-head h2 { display: inline; overflow-wrap: anywhere; } .doc-head p { margin: .3rem 0; }
.warning { background: #fff4d6; border-left: 3px solid #d9a400; padding: .3rem .6rem; }
.notice { background: #eef3fb; border-left: 3px solid #5b7fa6; padding: .3rem .6rem; }
.doc-body { display: grid; grid-template-columns: minmax(0, 1fr) minmax(14rem, 24rem); gap: 1.2rem; }
.doc-text { white-space: pre-wrap; overflow-wrap: anywhere; font: 13px/1.5 ui-monospace, SFMono-Regular, Menlo, monospace; }
.doc-text.listed { white-space: normal; }
.doc-text.reading { font: 15px/1.5 system-ui, sans-serif; } .doc-text.reading p { margin: 0 0 .5rem; }
del.cut { text-decoration: line-through; text-decoration-color: var(--c, #444); text-decoration-thickness: 2px; color: var(--c, #444); background: color-mix(in srgb, var(--c, #444) 12%, transparent); border-radius: 2px; }
del.cut:focus { outline: 2px solid var(--c, #444); outline-offset: 1px; }
del.cut.other { color: #999; text-decoration-color: #bbb; background: #f2f2f2; }
.cut-block { margin: 0 0 .6rem; white-space: pre-wrap; } .cut-block .where { display: block; color: var(--muted); font: 12px system-ui, sans-serif; }
.cut-list { font-size: .9em; border-left: 1px solid var(--line); padding-left: 1rem; max-height: calc(100vh - 4rem); overflow: auto; position: sticky; top: 3.5rem; }
.cut-list ol { padding-left: 1.2rem; } .cut-list li { margin-bottom: .5rem; } .cut-list li p { margin: .1rem 0 0; }
.cut-list a { color: inherit; text-decoration: none; } .cut-list a:hover .rule { text-decoration: underline; }
.tag { display: inline-block; padding: 0 .4em; border-radius: 3px; color: #fff; background: var(--c, #444); font-size: .85em; }
.rule { font-family: ui-monospace, monospace; }
#cut-info { position: fixed; bottom: 0; left: 0; right: 0; padding: .4rem 1.2rem; background: #222; color: #fff; font-size: .9em; z-index: 3; }
@media (max-width: 900px) { .panes, .doc-body { grid-template-columns: 1fr; } #doc-list { max-height: 40vh; position: static; } .cut-list { position: static; border-left: 0; padding-left: 0; } }
`

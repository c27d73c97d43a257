/**
 * The review page's script, inlined into the page: plain browser JavaScript with no dependency and no network.
 * It renders the document list from the small index (#batch), and one document at a time from its own
 * <script type="application/json" id="doc-N"> element, parsed only when opened. Filters by category, rule,
 * warning id, kind of document and source narrow both the list and what the open document highlights.
 * Kept free of backquotes and of the sequence "</" followed by "script", since it lives in a template string
 * inside a <script> element.
 */
export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict'
  var batch = JSON.parse(document.getElementById('batch').textContent)
  var docs = batch.documents
  var LIST_PAGE = 300
  var state = { category: '', rule: '', warning: '', documents: '', source: '', shown: [], listed: 0, current: -1 }

  var $ = function (id) { return document.getElementById(id) }
  var list = $('doc-list').querySelector('ol')
  var view = $('doc-view')
  var info = $('cut-info')

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]
    })
  }
  function number(n) { return n.toLocaleString('en-US') }
  function percent(share) { return (share * 100).toFixed(share > 0 && share < 0.01 ? 1 : 0) + '%' }
  function share(doc) { return doc.inputChars === 0 ? 0 : doc.cutChars / doc.inputChars }

  function cutMatches(cut) {
    return (!state.category || cut.category === state.category) && (!state.rule || cut.rule === state.rule)
  }
  function docMatches(doc) {
    if (state.category && !doc.categories[state.category]) return false
    if (state.rule && doc.rules.indexOf(state.rule) < 0) return false
    if (state.warning && !doc.warnings.some(function (w) { return w.id === state.warning })) return false
    if (state.documents === 'cut' && doc.cuts === 0) return false
    if (state.documents === 'uncut' && doc.cuts > 0) return false
    if (state.documents === 'outlier' && doc.outliers.length === 0) return false
    if (state.source && doc.source.toLowerCase().indexOf(state.source) < 0) return false
    return true
  }

  function applyFilters() {
    state.shown = []
    for (var i = 0; i < docs.length; i++) if (docMatches(docs[i])) state.shown.push(i)
    $('shown-count').textContent = number(state.shown.length) + ' of ' + number(docs.length) + ' documents'
    list.innerHTML = ''
    state.listed = 0
    listMore()
    if (state.current >= 0) renderDocument(state.current)
  }

  /** The list grows a page at a time, so that a batch of thousands opens at once. */
  function listMore() {
    var end = Math.min(state.shown.length, state.listed + LIST_PAGE)
    var html = ''
    for (var k = state.listed; k < end; k++) {
      var i = state.shown[k]
      var doc = docs[i]
      var marks = doc.outliers.length ? ' <span class="flag" title="' + escapeHtml(doc.outliers.join(', ')) + '">!</span>' : ''
      html += '<li><a href="#doc=' + i + '" data-doc="' + i + '"' + (i === state.current ? ' aria-current="true"' : '') + '>' +
        '<span class="source">' + escapeHtml(doc.source) + '</span>' + marks +
        '<span class="note">' + number(doc.cuts) + ' cuts, ' + percent(share(doc)) + '</span></a></li>'
    }
    list.insertAdjacentHTML('beforeend', html)
    state.listed = end
    $('show-more').hidden = state.listed >= state.shown.length
    $('show-more').textContent = 'Show ' + number(Math.min(LIST_PAGE, state.shown.length - state.listed)) + ' more'
  }

  function documentData(i) {
    return JSON.parse(document.getElementById('doc-' + i).textContent)
  }

  function cutAttributes(cut, k) {
    var tip = cut.category + ' · ' + cut.rule + ': ' + cut.reason
    return ' data-cut="' + k + '" data-category="' + escapeHtml(cut.category) + '" data-rule="' + escapeHtml(cut.rule) + '"' +
      ' class="cut' + (cutMatches(cut) ? '' : ' other') + '" tabindex="0" title="' + escapeHtml(tip) + '"'
  }

  /** The input with each cut in place, struck through: the text between cuts is what was kept. */
  function inPlaceText(input, cuts) {
    var html = ''
    var at = 0
    for (var k = 0; k < cuts.length; k++) {
      var cut = cuts[k]
      html += escapeHtml(input.slice(at, cut.start)) + '<del' + cutAttributes(cut, k) + '>' + escapeHtml(input.slice(cut.start, cut.end)) + '</del>'
      at = cut.end
    }
    return html + escapeHtml(input.slice(at))
  }

  /**
   * An HTML page as it reads: its visible text, a paragraph per block, each block that a cut took struck
   * through in place (a cut of several blocks strikes each of them).
   */
  function readingText(blocks, cuts) {
    var html = ''
    for (var b = 0; b < blocks.length; b++) {
      var block = blocks[b]
      var text = escapeHtml(block.text)
      html += '<p>' + (block.cut === null ? text : '<del' + cutAttributes(cuts[block.cut], block.cut) + '>' + text + '</del>') + '</p>'
    }
    return html
  }

  /** Without the input (inputs not found): the cuts' own text, one block each. */
  function cutTexts(cuts) {
    var html = ''
    for (var k = 0; k < cuts.length; k++) {
      var cut = cuts[k]
      html += '<div class="cut-block"><span class="where">line ' + cut.line + (cut.selector ? ' · <code>' + escapeHtml(cut.selector) + '</code>' : '') + '</span>' +
        '<del' + cutAttributes(cut, k) + '>' + escapeHtml(cut.text) + '</del></div>'
    }
    return html || '<p class="note">No cuts.</p>'
  }

  function sideList(cuts) {
    var items = ''
    var shown = 0
    for (var k = 0; k < cuts.length; k++) {
      var cut = cuts[k]
      if (!cutMatches(cut)) continue
      shown++
      items += '<li data-category="' + escapeHtml(cut.category) + '"><a href="#" data-goto="' + k + '">' +
        '<span class="tag">' + escapeHtml(cut.category) + '</span> <span class="rule">' + escapeHtml(cut.rule) + '</span> <span class="note">line ' + cut.line + '</span></a>' +
        '<p>' + escapeHtml(cut.reason) + '</p></li>'
    }
    var filtered = shown < cuts.length ? ' (' + number(shown) + ' shown)' : ''
    return '<h3>Cuts: ' + number(cuts.length) + filtered + '</h3><ol>' + items + '</ol>'
  }

  function legend(doc) {
    var html = ''
    for (var c = 0; c < batch.categories.length; c++) {
      var category = batch.categories[c]
      if (doc.categories[category]) html += '<span class="tag" data-category="' + category + '">' + category + ' ' + doc.categories[category] + '</span> '
    }
    return html
  }

  function renderDocument(i) {
    var doc = docs[i]
    var data = documentData(i)
    var position = state.shown.indexOf(i)
    var where = position >= 0 ? number(position + 1) + ' of ' + number(state.shown.length) : 'not in the filtered list'
    var notices = ''
    for (var w = 0; w < doc.warnings.length; w++) {
      var warning = doc.warnings[w]
      notices += '<p class="warning" data-warning="' + escapeHtml(warning.id) + '">' + escapeHtml(warning.message) + ' <span class="note">' + escapeHtml(warning.id) + '</span></p>'
    }
    if (doc.inputProblem) notices += '<p class="notice">' + escapeHtml(doc.inputProblem) + ' The cuts are listed with their text.</p>'
    else if (data.blocks) notices += '<p class="notice">An HTML page, shown as its visible text: a paragraph per block, in reading order.</p>'
    var body = data.blocks ? readingText(data.blocks, data.cuts) : data.input === null ? cutTexts(data.cuts) : inPlaceText(data.input, data.cuts)
    var bodyClass = data.blocks ? ' reading' : data.input === null ? ' listed' : ''
    view.innerHTML =
      '<header class="doc-head">' +
      '<button type="button" id="previous" title="previous document (k)">&larr; previous</button> ' +
      '<h2>' + escapeHtml(doc.source) + '</h2> ' +
      '<button type="button" id="next" title="next document (j)">next &rarr;</button>' +
      '<p class="note"><span id="doc-position">' + where + '</span> · ' + doc.kind + ' · ' + (doc.language || 'language unknown') + ' · ' +
      number(doc.inputChars) + ' characters · ' + number(doc.cuts) + ' cuts · ' + percent(share(doc)) + ' cut</p>' +
      '<p class="legend">' + legend(doc) + '</p>' + notices + '</header>' +
      '<div class="doc-body"><div class="doc-text' + bodyClass + '">' + body + '</div>' +
      '<aside class="cut-list">' + sideList(data.cuts) + '</aside></div>'
    $('previous').disabled = position === 0
    $('next').disabled = position === state.shown.length - 1
  }

  function open(i, focus) {
    if (!(i >= 0 && i < docs.length)) return
    state.current = i
    var previous = list.querySelector('[aria-current]')
    if (previous) previous.removeAttribute('aria-current')
    var link = list.querySelector('[data-doc="' + i + '"]')
    if (link) {
      link.setAttribute('aria-current', 'true')
      link.scrollIntoView({ block: 'nearest' })
    }
    renderDocument(i)
    if (location.hash !== '#doc=' + i) history.replaceState(null, '', '#doc=' + i)
    if (focus) view.focus({ preventScroll: true })
  }

  /** Next or previous in the filtered list; from outside it, its first document. */
  function step(delta) {
    if (state.shown.length === 0) return
    var position = state.shown.indexOf(state.current)
    var next = position < 0 ? 0 : Math.max(0, Math.min(state.shown.length - 1, position + delta))
    while (next >= state.listed) listMore()
    open(state.shown[next], false)
    view.scrollIntoView({ block: 'start' })
  }

  function showInfo(target) {
    var cut = target.closest && target.closest('del.cut')
    if (!cut) return
    info.textContent = cut.title
    info.hidden = false
  }

  function setFilter(name, value) {
    state[name] = value
    $('filter-' + name).value = value
    applyFilters()
  }

  $('filter-category').addEventListener('change', function (e) { setFilter('category', e.target.value) })
  $('filter-rule').addEventListener('change', function (e) { setFilter('rule', e.target.value) })
  $('filter-warning').addEventListener('change', function (e) { setFilter('warning', e.target.value) })
  $('filter-documents').addEventListener('change', function (e) { setFilter('documents', e.target.value) })
  $('filter-source').addEventListener('input', function (e) { state.source = e.target.value.trim().toLowerCase(); applyFilters() })
  $('show-more').addEventListener('click', listMore)

  document.addEventListener('click', function (e) {
    var target = e.target
    var docLink = target.closest('[data-doc]')
    if (docLink) {
      e.preventDefault()
      open(Number(docLink.getAttribute('data-doc')), true)
      if (!docLink.closest('#doc-list')) view.scrollIntoView({ block: 'start' })
      return
    }
    var bar = target.closest('[data-filter-category], [data-filter-rule]')
    if (bar) {
      if (bar.hasAttribute('data-filter-category')) setFilter('category', bar.getAttribute('data-filter-category'))
      else setFilter('rule', bar.getAttribute('data-filter-rule'))
      $('browser').scrollIntoView({ block: 'start' })
      return
    }
    var goto = target.closest('[data-goto]')
    if (goto) {
      e.preventDefault()
      var del = view.querySelector('del[data-cut="' + goto.getAttribute('data-goto') + '"]')
      if (del) { del.scrollIntoView({ block: 'center' }); del.focus({ preventScroll: true }) }
      return
    }
    if (target.id === 'previous') step(-1)
    if (target.id === 'next') step(1)
  })
  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return
    var tag = e.target.tagName
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return
    if ((e.key === 'Enter' || e.key === ' ') && e.target.closest && e.target.closest('g.bar')) { e.preventDefault(); e.target.dispatchEvent(new MouseEvent('click', { bubbles: true })); return }
    if (e.key === 'j' || e.key === 'n') { e.preventDefault(); step(1) }
    if (e.key === 'k' || e.key === 'p') { e.preventDefault(); step(-1) }
  })
  view.addEventListener('mouseover', function (e) { showInfo(e.target) })
  view.addEventListener('focusin', function (e) { showInfo(e.target) })
  view.addEventListener('mouseleave', function () { info.hidden = true })

  applyFilters()
  var fromHash = /^#doc=(\d+)$/.exec(location.hash)
  if (fromHash) open(Number(fromHash[1]), false)
  document.body.setAttribute('data-ready', 'true')
})()
`

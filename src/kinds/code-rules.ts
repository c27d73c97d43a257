/**
 * Rules whose logic data cannot express. Their behaviour lives in the engine (context, main text, repeats);
 * their metadata lives here so that they are listed, switched off and tested like pack rules.
 */
import type { RuleMeta } from '../types.js'

const ARTICLE = [
  'Officials from over one hundred countries met in Moscow this week to discuss shared security threats.',
  'The three-day meeting, organised by the national security council, ended on Thursday with a joint statement.',
  'Delegates agreed that information on terrorism and cybercrime should be shared quickly and securely.',
  'Several ministers also held bilateral talks on the sidelines of the plenary sessions.',
].join('\n')

const SECOND_HALF = [
  'The next meeting is planned for the spring, although no host city has been chosen yet.',
  'Observers said the talks showed how much the agenda has shifted towards online threats since last year.',
  'Several delegations asked for a permanent secretariat to follow up on the commitments made in Moscow.',
  'The organisers promised to publish a summary of the discussions before the end of the month.',
].join('\n')

export const REPEATED_TEXT: RuleMeta = {
  id: 'duplicate/repeated-text',
  category: 'duplicate',
  description: 'A line that repeats text kept earlier in the page: a title printed twice, a teaser that reprints the article.',
  languages: ['*'],
  examples: {
    cut: [
      `Security chiefs meet in Moscow\n[cut] Security chiefs meet in Moscow\n${ARTICLE}`,
      `${ARTICLE}\n[cut] Officials from over one hundred countries met in Moscow this week to discuss shared security threats. The three-day meeting, organised by the national security council, ended on Thursday with a joint statement.`,
    ],
    keep: [`${ARTICLE}\n[keep] Officials from over one hundred countries will meet again next year in another capital.`],
  },
}

export const CHROME_BEFORE_TEXT: RuleMeta = {
  id: 'navigation/chrome-before-text',
  category: 'navigation',
  description: 'Short lines that are not sentences above the main text: menus, breadcrumbs, section labels.',
  languages: ['*'],
  examples: {
    cut: [`[cut] World\n[cut] Politics\n[cut] Markets Today\nSecurity chiefs meet in Moscow\n${ARTICLE}`],
    keep: [
      `[keep] Security chiefs meet in Moscow\n${ARTICLE}`,
      // The title stays above its byline, dateline and share bar: the bar's lines part title and text as one line.
      `[keep] Security chiefs meet in Moscow\nAnna Berg, @annaberg\n9:41 AM on 03/05/2013\nShare this article\nTwitter\nFacebook\nReddit\nPinterest\n${ARTICLE}`,
      // The title is the line by its byline and date, not a picture's alt text nearer the text.
      `World\nPolitics\nMarkets Today\n[keep] Security chiefs meet in Moscow\nAnna Berg, @annaberg\n9:41 AM on 03/05/2013\nShare this article\nTwitter\nFacebook\nsecurity-summit delegates in moscow\n${ARTICLE}`,
      // A "By" line under the title is its byline, not the title.
      `World\nPolitics\nMarkets Today\n[keep] Security chiefs meet in Moscow\nBy  Anna Berg\n${ARTICLE}`,
    ],
  },
}

export const CHROME_AFTER_TEXT: RuleMeta = {
  id: 'boilerplate/chrome-after-text',
  category: 'boilerplate',
  description: 'Short lines that are not sentences below the main text: footer links, labels, buttons.',
  languages: ['*'],
  examples: {
    cut: [`${ARTICLE}\n[cut] Ya Biladi\n[cut] Maroc`],
    keep: [`${ARTICLE}\n[keep] MAP: 28 mai 2025`],
  },
}

export const CHROME_BETWEEN_NOISE: RuleMeta = {
  id: 'boilerplate/chrome-between-noise',
  category: 'boilerplate',
  description: 'A short line that is not a sentence between two removed lines inside the main text.',
  languages: ['*'],
  examples: {
    cut: [`${ARTICLE}\nAdvertisement\n[cut] Sponsor Corp\nAdvertisement\n${SECOND_HALF}`],
    keep: [`${ARTICLE}\n[keep] The outcome\n${SECOND_HALF}`],
  },
}

/** Teasers of a title, a line of summary and a date, which the main text would run on into. */
const TEASERS_WITH_SUMMARIES = [
  ['Ministers agree on a new energy plan for the coming winter', 'The plan sets prices for gas and power until March and asks every household to save energy.', 'March 5, 2013'],
  ['Storms close three airports on the east coast', 'Flights were cancelled for two days as winds of over one hundred kilometres an hour hit the coast.', 'April 12, 2013'],
  ['Local council votes to rebuild the old harbour bridge by 2027', 'The bridge, closed since the floods of last year, will be rebuilt with money from the regional budget.', 'May 2, 2013'],
].flatMap((item) => item.map((line) => `[cut] ${line}`)).join('\n')

/** A wiki's sections: a heading, a link to the main article and a paragraph each, the link shaped alike. */
const WIKI_SECTIONS = [
  ['Terrorism[edit]', 'Main article: Terrorism and security', 'The delegates agreed to share what their services know about planned attacks within a day of learning it.'],
  ['Cybercrime[edit]', 'Main article: Cybercrime and security', 'A joint office will trace attacks on banks and hospitals that are run from more than one country.'],
  ['Follow-up[edit]', 'Main article: Security council follow-up', 'The council will meet again in the spring to review what each country has done since Moscow.'],
].flatMap((section) => section.map((line) => `[keep] ${line}`)).join('\n')

export const TEASER_LIST: RuleMeta = {
  id: 'related/teaser-list',
  category: 'related',
  description:
    'A list of teasers outside the main text: items of two to four lines (a title, a byline or a date, and under a date one line of summary), one of which has the same shape in every item.',
  languages: ['*'],
  examples: {
    cut: [
      `Latest\nMinisters agree on a new energy plan for the coming winter\n[cut] Politics | Anna Berg\n[cut] Storms close three airports on the east coast for two days\n[cut] Weather | Jon Lund\n[cut] Local council votes to rebuild the old harbour bridge by 2027\n[cut] Local | Sara Holm\nWorld\nBusiness\nSport\nCulture\nSecurity chiefs meet in Moscow\nBy Anna Berg\n${ARTICLE}`,
      `[cut] Ministers agree on a new energy plan for the coming winter\n[cut] March 5, 2013\n[cut] Storms close three airports on the east coast for two days\n[cut] April 12, 2013\n[cut] Local council votes to rebuild the old harbour bridge by 2027\n[cut] May 2, 2013\n${ARTICLE}`,
      `${ARTICLE}\n[cut] Ministers agree on a new energy plan for the coming winter\n[cut] March 5, 2013\n[cut] Storms close three airports on the east coast for two days\n[cut] April 12, 2013\n[cut] Local council votes to rebuild the old harbour bridge by 2027\n[cut] May 2, 2013`,
      `${ARTICLE}\n${SECOND_HALF}\n${TEASERS_WITH_SUMMARIES}`,
    ],
    keep: [
      `${ARTICLE}\n[keep] Ministers agree on a new energy plan for the coming winter\n[keep] Politics | Anna Berg\n${SECOND_HALF}`,
      `${ARTICLE}\n[keep] Step one: choose the index that you want to follow\n[keep] Step two: choose a fund with low yearly fees\n[keep] Step three: buy its shares through your broker`,
      `${ARTICLE}\n${WIKI_SECTIONS}`,
    ],
  },
}

/** The pages of one site, in the order a batch gives them. */
const SITE_PAGES = ['Moscow', 'Geneva', 'Vienna', 'Oslo'].map((city) => [
  '[cut] World | Politics | Markets | Culture',
  `Security chiefs meet in ${city}`,
  `Officials from over one hundred countries met in ${city} this week to discuss shared security threats.`,
  'The three-day meeting, organised by the national security council, ended on Thursday with a joint statement.',
  '[cut] Get our morning newsletter: the day\'s news in five minutes',
  '[cut] Harbour City edition · The Daily Courier',
].join('\n'))

const FEATURED = [
  ['Moscow', 'Why the harbour tunnel will open two years late', 'A look at the contracts behind the delays in the east'],
  ['Geneva', 'Ten facts that explain the filibuster and its history', 'What the rule does and how the senate could change it'],
  ['Vienna', 'The quiet return of the night trains across the continent', 'Sleeper lines that closed in the nineties are running again'],
  ['Oslo', 'Inside the kitchen of the busiest canteen in the capital', 'Two thousand lunches a day and not one frozen meal'],
]

/**
 * The pages of one site whose "featured" box changes from page to page inside the site's frame: its teasers
 * are on no other page, but the site's own lines enclose them, and they go (marked when `verdict` is cut).
 * The page's title sits in the frame's last slot above the main text, which is left alone (marked when
 * `verdict` is keep).
 */
function framedPages(verdict: 'cut' | 'keep'): string {
  const [chrome, title] = verdict === 'cut' ? ['[cut] ', ''] : ['', '[keep] ']
  return FEATURED.map(([city, teaser, summary]) =>
    [
      `${chrome}World | Politics | Markets | Culture`,
      `${chrome}Featured blogs`,
      `${chrome}${teaser}`,
      `${chrome}${summary}`,
      `${chrome}Opinions | Local | Sports`,
      `${title}Security chiefs meet in ${city}`,
      `${chrome}The Daily Courier, since 1851`,
      `Officials from over one hundred countries met in ${city} this week to discuss shared security threats.`,
      'The three-day meeting, organised by the national security council, ended on Thursday with a joint statement.',
      'Delegates agreed that information on terrorism and cybercrime should be shared quickly and securely.',
    ].join('\n'),
  ).join('\n=== page ===\n')
}

export const SITE_TEMPLATE: RuleMeta = {
  id: 'boilerplate/site-template',
  category: 'boilerplate',
  description:
    'A line that the page\'s site prints on at least 3 of its pages and half of them in the batch (its menu, footer, newsletter prompt), learned with --site-templates or --templates; outside the main text, also the lines between two such lines when none of them is prose (a box whose teasers change from page to page).',
  languages: ['*'],
  examples: {
    // Each example is a batch: the pages of one site, separated by a line "=== page ===", learned together.
    cut: [SITE_PAGES.join('\n=== page ===\n'), framedPages('cut')],
    // A dateline that every page shares is no template, nor is a quote that two of the four pages print,
    // nor the title in the frame's slot next to the main text.
    keep: [
      framedPages('keep'),
      ['Moscow', 'Geneva', 'Vienna', 'Oslo']
        .map((city, i) =>
          [
            `Security chiefs meet in ${city}`,
            '[keep] Filed from Harbour City on March 2, 2025',
            `Officials from over one hundred countries met in ${city} this week to discuss shared security threats.`,
            ...(i < 2 ? ['[keep] "We share more than ever before," the council\'s chair said after the talks.'] : []),
          ].join('\n'),
        )
        .join('\n=== page ===\n'),
    ],
  },
  batch: true,
}

export const CODE_RULES: RuleMeta[] = [REPEATED_TEXT, CHROME_BEFORE_TEXT, CHROME_AFTER_TEXT, CHROME_BETWEEN_NOISE, TEASER_LIST, SITE_TEMPLATE]

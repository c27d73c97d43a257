/**
 * The text engine's stages that `disable: ['stage:<name>']` switches off, each with what it does. decide.ts
 * and page-shape.ts check them by name; compile.ts lists them with the HTML front end's stages.
 */
export interface StageInfo<Name extends string = string> {
  name: Name
  /** One line on what the stage does. */
  description: string
}

export const ENGINE_STAGES = [
  { name: 'sections', description: 'Section headings ("Related Articles", "Comments") cut the run of lines they open, up to the main text or the next section.' },
  { name: 'main-body', description: 'Finds the main text: the densest run of prose, which sections and comment threads cannot cross.' },
  { name: 'context', description: 'Cuts lines that are not sentences by their place: runs of labels and teaser lists outside the main text, a label between two cut lines inside it.' },
  { name: 'rollback', description: 'Cuts nothing in a pass whose cuts would keep less than a quarter of the page\'s prose, and says so.' },
  { name: 'listing', description: 'Judges an HTML page with little prose, whose main text would keep little, as a listing: every block as main text.' },
  { name: 'product', description: 'Keeps the short lines above the description of an HTML page that declares itself a product\'s (name, price, options).' },
] as const satisfies readonly StageInfo[]

export type EngineStageName = (typeof ENGINE_STAGES)[number]['name']

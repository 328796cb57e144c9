/**
 * An option named in a message. The CLI and the action share most messages, but spell their
 * options differently (`--pr` on the command line, the `pr-number` input in a workflow), and
 * code deep in the gate does not know which front end will show what it says. So it names the
 * option by its action-input name between markers, and each front end renders the markers its
 * own way (`src/app/frontEnd.ts`) before the text reaches a person or a file.
 */

const OPEN = '⟦';
const CLOSE = '⟧';
/** An input name, optionally with the value it is given: `⟦check-run=false⟧`. */
const REF = /⟦([a-z][a-z0-9-]*)(?:=([^⟦⟧\n]{1,100}))?⟧/g;

/** `⟦base⟧`, or `⟦comment=off⟧` for an option given a value. */
export function optionRef(input: string, value?: string): string {
  return `${OPEN}${input}${value === undefined ? '' : `=${value}`}${CLOSE}`;
}

/** How one front end spells an option (and the value it is given, when there is one). */
export type OptionSpelling = (input: string, value?: string) => string;

/** The text with every option reference spelled as `spell` says. */
export function renderOptionRefs(text: string, spell: OptionSpelling): string {
  return text.includes(OPEN)
    ? text.replace(REF, (_, input: string, value?: string) => spell(input, value))
    : text;
}

/** The same, for every string in a value (a report, a list of outcomes), keys left as they are. */
export function renderOptionRefsDeep<T>(value: T, spell: OptionSpelling): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return renderOptionRefs(v, spell);
    if (Array.isArray(v)) return v.map(walk);
    // Built as data, so a key such as `__proto__` stays a key.
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

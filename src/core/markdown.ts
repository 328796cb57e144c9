/**
 * Text from outside the gate — a commit subject, a file name a change chose, a check's output, a
 * staging service's answer — in the Markdown the gate writes to GitHub (report.md, the PR comment,
 * the check run, the job summary, incident issues), shown as the text it is: HTML escaped, and
 * every @mention broken by an invisible space (`@&#8203;name`), so that what the gate writes never
 * pings whoever a commit, a file or a response names.
 */
export function markdownText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MENTION, '$1@&#8203;');
}

/** An @ where GitHub sees a mention: not inside a word (an e-mail address), before a name. */
const MENTION = /(^|[^\p{L}\p{N}_])@(?=[\p{L}\p{N}])/gu;

/**
 * `text` as one inline code span, whatever it holds: fenced by more backticks than its longest run
 * of them, so nothing in it ends the span (a file name may hold backticks), and padded with a
 * space when it holds any (a span's content may not start or end with its fence). A code span
 * shows its text as it is: nothing in it is escaped, and a mention in it pings nobody.
 */
export function codeSpan(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, ' ');
  let longest = 0;
  for (const run of oneLine.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  const fence = '`'.repeat(longest + 1);
  return longest > 0 ? `${fence} ${oneLine} ${fence}` : `${fence}${oneLine}${fence}`;
}

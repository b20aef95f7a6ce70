import { en, type Catalogue, type MessageId } from './messages/en';

/**
 * A pseudo-locale for tests: every English sentence with its letters swapped for accented
 * look-alikes and wrapped in ⟦ ⟧, parameters untouched. Run in it, any English text a person
 * could still read did not come from the catalogue. Never shipped: only tests import it.
 */
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [letter, [...'àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index]!]),
);

/** Literal technical text is kept as written: commands, JSON, hosts and URLs are never translated. */
const TECHNICAL = /(DOCKER_AUTH_CONFIG|gitlab\+deploy-token-…|https?:\/\/\S*|[\w+-]+(?:\.[\w-]{2,})+(?::\d+)?\S*|"[^"\s]*"|\[[\d:.]*\](?::\d+)?)/g;

const accented = (text: string) =>
  text
    .split(TECHNICAL)
    .map((part, index) => (index % 2 === 1 ? part : [...part].map((char) => ACCENTED[char] ?? char).join('')))
    .join('');

/** Text outside arguments is accented; `{name}` stays; in a plural only the forms' words change. */
function pseudoPattern(pattern: string): string {
  let out = '';
  let text = '';
  for (let at = 0; at < pattern.length; at++) {
    if (pattern[at] !== '{') {
      text += pattern[at];
      continue;
    }
    out += accented(text);
    text = '';
    let depth = 0;
    let end = at;
    for (; end < pattern.length; end++) {
      if (pattern[end] === '{') depth++;
      else if (pattern[end] === '}' && --depth === 0) break;
    }
    const argument = pattern.slice(at, end + 1);
    out += argument.includes(',') ? argument.replace(/\{([^{}]*)\}/g, (_, form: string) => `{${accented(form)}}`) : argument;
    at = end;
  }
  return out + accented(text);
}

export const PSEUDO_CATALOGUE: Catalogue = Object.fromEntries(
  (Object.keys(en) as MessageId[]).map((id) => [id, `⟦${pseudoPattern(en[id])}⟧`]),
) as Catalogue;

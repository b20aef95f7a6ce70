/**
 * Text no language translates: commands, JSON member names, hosts and URLs, numbers. A
 * translation keeps each of these exactly as English writes it.
 */
export const TECHNICAL =
  /DOCKER_AUTH_CONFIG|[a-z][a-z0-9+.-]*:\/\/(?:[\w./-]*[\w/])?|\[::1\]:5000|gitlab\+deploy-token-…|"(?:auth|auths|username|password)"|(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?|\d+/g;

/** The technical text in a message, sorted, to compare a translation with English. */
export const technicalIn = (text: string): string[] => (text.match(TECHNICAL) ?? []).sort();

/**
 * The English words left in a pseudo-localised text once its technical text, the values it
 * quotes back ("…", the input as typed) and the given literals are taken out: none, when every
 * word came from the catalogue.
 */
export function plainEnglishLeft(text: string, literals: readonly string[]): string[] {
  let rest = text;
  for (const literal of literals) if (literal !== '') rest = rest.split(literal).join(' ');
  return rest.replace(/"[^"]*"/g, ' ').replace(TECHNICAL, ' ').match(/[A-Za-z]{3,}/g) ?? [];
}

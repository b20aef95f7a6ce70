/**
 * Standard base64 (RFC 4648, `+/`, `=` padding, no line breaks) of the UTF-8 bytes of a string:
 * what `printf '%s' "$S" | base64 | tr -d '\n'` prints. Works in every extension context and in
 * Node (btoa/atob and TextEncoder are globals in all of them).
 */
export function base64EncodeUtf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Decodes standard padded base64 as Go's `base64.StdEncoding` does (the decoder Docker and the
 * runner use): `\r` and `\n` are skipped, anything else outside the alphabet or a missing `=`
 * padding fails. Returns null when the text does not decode.
 */
export function base64DecodeUtf8(encoded: string): { text: string; hadLineBreaks: boolean } | null {
  const compact = encoded.replace(/[\r\n]/g, '');
  if (!STRICT_BASE64.test(compact)) return null;
  const binary = atob(compact);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return { text: new TextDecoder().decode(bytes), hadLineBreaks: compact.length !== encoded.length };
}

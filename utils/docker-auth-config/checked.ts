/** A checked input: the value to use plus notes about harmless fixes, or what is wrong and how to fix it. */
export type Checked<T> = { ok: true; value: T; notes: string[] } | { ok: false; error: string };

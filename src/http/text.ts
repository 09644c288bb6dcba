import { z } from 'zod';

/**
 * Every string a request carries (body fields, query and path parameters, headers) is declared
 * with `text()`, so none is unbounded and none carries what the database or a reader cannot
 * take: PostgreSQL refuses U+0000 in text (a NUL that reached a query was a 500), and an
 * unpaired UTF-16 surrogate has no UTF-8 form (it would be stored as U+FFFD, silently not what
 * was sent). Both are a 400 VALIDATION_FAILED pointing at the field. Text other than secrets
 * is normalised to Unicode NFC on the way in (README, "Languages").
 *
 * What else is refused depends on the kind of text:
 * - `line` (the default): one line that people read or that is compared (names, titles, emails,
 *   search terms, tokens, headers): no control character at all (C0, DEL, C1). A tab or an
 *   escape sequence in a name only ever spoofs or breaks the places that show it.
 * - `multiline`: free text (notes, briefs, bios): tab, line feed and carriage return, and no
 *   other control character.
 * - `secret`: passwords, hashed and never shown: everything but NUL, so that nobody who chose a
 *   password with a control character in it before these rules is locked out.
 */
export type TextKind = 'line' | 'multiline' | 'secret';

// With the `u` flag a surrogate pair is one code point, so \p{Cs} matches only an unpaired half.
// The patterns are published in the OpenAPI document; JSON Schema validators (Ajv among them)
// compile `pattern` with the `u` flag too.
const ALLOWED: Record<TextKind, RegExp> = {
  line: /^[^\p{Cc}\p{Cs}]*$/u,
  multiline: /^(?:[\t\n\r]|[^\p{Cc}\p{Cs}])*$/u,
  // eslint-disable-next-line no-control-regex -- refusing NUL is the point
  secret: /^[^\u0000\p{Cs}]*$/u,
};

const UNPAIRED_SURROGATE = /\p{Cs}/u;

/** Why a string broke its kind's pattern, most fundamental reason first. */
function refusal(text: string, kind: TextKind): string {
  if (text.includes('\0')) return 'must not contain NUL characters';
  if (UNPAIRED_SURROGATE.test(text)) return 'must be valid Unicode text (it has an unpaired surrogate)';
  return kind === 'multiline'
    ? 'must not contain control characters other than tab and line breaks'
    : 'must not contain control characters';
}

function allowedCharacters(kind: TextKind) {
  const error = (issue: { input?: unknown }) =>
    typeof issue.input === 'string' ? refusal(issue.input, kind) : undefined;
  return [ALLOWED[kind], { error }] as const;
}

// An over-long value gets that one message: no pattern (ours or the field's own) runs on it.
const TOO_LONG = { abort: true } as const;

export interface TextOptions {
  /** The longest value accepted (after trimming), in UTF-16 code units. Every string has one. */
  max: number;
  min?: number;
  /** Strip surrounding whitespace first, so the length checks and the stored value are trimmed. */
  trim?: boolean;
  kind?: TextKind;
  /** The message for a missing or non-string value, as `z.string({ error })` takes it. */
  error?: z.core.$ZodStringParams['error'];
}

/** A string format (URL, email) with a maximum length and the refusals of a `line`. */
export interface FormatOptions<F extends z.ZodStringFormat> {
  max: number;
  format: F;
}

/**
 * A request string: `text({ max: 200, trim: true, min: 1 })`, then chain `.regex()`,
 * `.refine()`, `.transform()` as with `z.string()`. For a format, pass it:
 * `text({ max: 2_000, format: z.httpUrl() })` (zod's URL check alone lets a NUL through).
 */
export function text(options: TextOptions): z.ZodString;
export function text<F extends z.ZodStringFormat>(options: FormatOptions<F>): F;
export function text(options: TextOptions | FormatOptions<z.ZodStringFormat>): z.ZodType {
  if ('format' in options) {
    // A pattern replaces the format keyword in zod's JSON Schema; put back the one the bare
    // format is documented with (`uri`, `email`).
    const { format } = z.toJSONSchema(options.format);
    return options.format
      .max(options.max, TOO_LONG)
      .regex(...allowedCharacters('line'))
      .meta({ format });
  }
  const kind = options.kind ?? 'line';
  let schema = z.string(options.error === undefined ? undefined : { error: options.error });
  // Text is stored in Unicode NFC, so "a" + U+0308 and "ä" are one string: compared, searched
  // and returned alike. Secrets are hashed as typed: normalising them now would lock out
  // whoever set a password in another form.
  if (kind !== 'secret') schema = schema.normalize('NFC');
  if (options.trim) schema = schema.trim();
  if (options.min !== undefined) schema = schema.min(options.min);
  return schema.max(options.max, TOO_LONG).regex(...allowedCharacters(kind));
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { text, type TextKind } from '../../src/http/text.js';

/** Any UTF-16 code unit, lone surrogates and control characters included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyString = fc.string({ unit: fc.oneof(codeUnit, fc.constantFrom('\0', '\t', '\n', '\ud83d\ude00')) });

/** The rules spelt out code unit by code unit, independently of the patterns text() uses. */
function acceptable(value: string, kind: TextKind): boolean {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    const high = unit >= 0xd800 && unit <= 0xdbff;
    const low = unit >= 0xdc00 && unit <= 0xdfff;
    if (high) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
      continue;
    }
    if (low || unit === 0) return false;
    const control = unit < 0x20 || (unit >= 0x7f && unit <= 0x9f);
    if (!control || kind === 'secret') continue;
    if (kind === 'multiline' && (unit === 0x09 || unit === 0x0a || unit === 0x0d)) continue;
    return false;
  }
  return true;
}

const messagesOf = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe('text()', () => {
  it.each<TextKind>(['line', 'multiline', 'secret'])(
    'property (%s): accepts exactly the strings within the length without NUL, lone surrogates or refused controls',
    (kind) => {
      const schema = text({ max: 20, kind });
      fc.assert(
        fc.property(anyString, (value) => {
          expect(schema.safeParse(value).success).toBe(value.length <= 20 && acceptable(value, kind));
        }),
        { numRuns: 2_000 },
      );
    },
  );

  it('says why: NUL first, then an unpaired surrogate, then a control character', () => {
    const line = text({ max: 50 });
    expect(messagesOf(line, 'a\u0000\ud800\u0007')).toEqual(['must not contain NUL characters']);
    expect(messagesOf(line, 'a\ud800\u0007')).toEqual([
      'must be valid Unicode text (it has an unpaired surrogate)',
    ]);
    expect(messagesOf(line, 'tab\there')).toEqual(['must not contain control characters']);
    expect(messagesOf(text({ max: 50, kind: 'multiline' }), 'bell\u0007')).toEqual([
      'must not contain control characters other than tab and line breaks',
    ]);
    expect(messagesOf(text({ max: 50, kind: 'multiline' }), 'two\nlines\r\n\tindented')).toEqual([]);
    expect(messagesOf(text({ max: 50, kind: 'secret' }), 'bell\u0007')).toEqual([]);
  });

  it('trims before the length checks and keeps emoji (surrogate pairs) intact', () => {
    const schema = text({ max: 4, min: 2, trim: true });
    expect(schema.parse('  ab  ')).toBe('ab');
    expect(schema.parse('😀😀')).toBe('😀😀');
    expect(schema.safeParse('  a  ').success).toBe(false);
  });

  it('an over-long value gets one message, and no pattern runs on it', () => {
    const currency = text({ max: 3 }).regex(/^[A-Z]{3}$/, 'must be an ISO code');
    expect(messagesOf(currency, 'euro')).toEqual(['Too big: expected string to have <=3 characters']);
    expect(messagesOf(currency, 'eu')).toEqual(['must be an ISO code']);
  });

  it('wraps a format: a NUL that the URL check lets through is refused, the format stays documented', () => {
    expect(z.url().safeParse('https://example.com/a\u0000b').success).toBe(true);
    const url = text({ max: 100, format: z.url() });
    expect(messagesOf(url, 'https://example.com/a\u0000b')).toEqual(['must not contain NUL characters']);
    expect(url.parse('https://example.com/ok')).toBe('https://example.com/ok');
    expect(z.toJSONSchema(url)).toMatchObject({ format: 'uri', maxLength: 100, pattern: expect.any(String) });
  });

  it('publishes its limits: maxLength and the allowed characters as a pattern', () => {
    const published = z.toJSONSchema(text({ max: 200, min: 1 })) as { pattern: string };
    expect(published).toMatchObject({ type: 'string', minLength: 1, maxLength: 200 });
    const pattern = new RegExp(published.pattern, 'u');
    expect(['Ada Lovelace', 'Zoë 😀'].every((v) => pattern.test(v))).toBe(true);
    expect(['a\u0000', 'a\ud800', 'a\tb'].some((v) => pattern.test(v))).toBe(false);
  });

  it('passes a custom message for a missing value on, as z.string() does', () => {
    const schema = z.object({
      title: text({
        max: 10,
        error: (issue) => (issue.input === undefined ? 'required: a title' : undefined),
      }),
    });
    expect(messagesOf(schema, {})).toEqual(['required: a title']);
  });
});

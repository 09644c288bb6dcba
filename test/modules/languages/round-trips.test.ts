import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { createCollective, type TestMember } from '../../support/factories.js';
import { call } from '../../support/http.js';
import { memberUrl, updateProfile } from '../../support/languages.js';
import { getJob, postJob } from '../../support/work.js';
import { HIGH_LIMITS, signUp } from '../accounts/helpers.js';

/**
 * Text in any script comes back exactly as it was sent in NFC: names, profile text, job
 * titles and briefs, with combining marks, emoji sequences and right-to-left text. Text sent
 * decomposed (NFD) comes back composed (NFC): the service normalises what it stores.
 */
let t: TestApp;
let member: TestMember;
beforeAll(async () => {
  t = await createTestApp({ env: HIGH_LIMITS });
  member = (await createCollective(t)).owner;
});
afterAll(() => t.close());

interface Sample {
  what: string;
  text: string;
  /** What the sample must contain for the test to exercise what `what` says. */
  has: RegExp;
}

const nfc = (text: string) => text.normalize('NFC');

const SAMPLES: Sample[] = [
  { what: 'Latin with precomposed accents', text: nfc('Zoë Ångström-Núñez'), has: /[ëÅúñ]/u },
  { what: 'Vietnamese with stacked diacritics', text: nfc('Nguyễn Thị Minh Khai'), has: /ễ/u },
  // n + U+0308 has no precomposed form: it stays two code points in NFC.
  { what: 'a combining mark with no precomposed form', text: nfc('Spın\u0308al Tap'), has: /\p{M}/u },
  { what: 'Devanagari with vowel signs and a virama', text: nfc('अनुष्का शर्मा'), has: /\p{M}/u },
  { what: 'Thai with combining vowels and tone marks', text: nfc('สมชาย ใจดี ผู้ออกแบบ'), has: /\p{M}/u },
  { what: 'Arabic with harakat (right to left)', text: nfc('مُحَمَّد الحُسَيْنِي'), has: /[\u0600-\u06FF]\p{M}/u },
  { what: 'Hebrew with niqqud (right to left)', text: nfc('דָּוִד לֵוִי'), has: /[\u0590-\u05FF]\p{M}/u },
  {
    what: 'left-to-right and right-to-left mixed',
    text: nfc('Logo design · تصميم شعار · עיצוב לוגו 2024'),
    has: /[a-z].*[\u0600-\u06FF].*[\u0590-\u05FF]/u,
  },
  {
    what: 'Chinese, Japanese and Korean',
    text: nfc('王小明 山田花子 김민준'),
    has: /[\u4E00-\u9FFF].*[\uAC00-\uD7AF]/u,
  },
  {
    what: 'an emoji ZWJ sequence with a skin tone',
    text: nfc('Ana 👩🏽‍💻 and Kai 🧑🏿‍🦱'),
    has: /[\u{1F3FB}-\u{1F3FF}]\u200D/u,
  },
  {
    what: 'a family, a rainbow flag and a country flag',
    text: nfc('👨‍👩‍👧‍👦 🏳️‍🌈 🇩🇪'),
    has: /\u200D.*\uFE0F.*\u{1F1E9}/u,
  },
];

function codePoints(text: unknown): string[] {
  expect(typeof text).toBe('string');
  // Code points, not graphemes: an emoji sequence must come back with every one of its parts.
  return Array.from(text as string).map(
    (ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** The same text, code point by code point (hence byte by byte in UTF-8). */
function expectSameText(actual: unknown, sent: string): void {
  expect(codePoints(actual)).toEqual(codePoints(sent));
}

describe.each(SAMPLES.map((sample) => [sample.what, sample] as const))('%s', (_what, sample) => {
  it('is a fixture of what it says, in NFC', () => {
    expect(sample.text).toMatch(sample.has);
    expect(sample.text).toBe(sample.text.normalize('NFC'));
  });

  it('comes back identical as an account name, on createAccount, getMe and updateMe', async () => {
    const account = await signUp(t, { name: sample.text });
    expectSameText(account.name, sample.text);
    const headers = { authorization: `Bearer ${await t.tokenFor(account.id)}` };
    expectSameText((await call(t, { headers }, 'GET', '/v1/me')).json<{ name: string }>().name, sample.text);

    const renamed = `${sample.text} (2)`;
    const updated = await call(t, { headers }, 'PATCH', '/v1/me', { name: renamed });
    expect(updated.statusCode, updated.body).toBe(200);
    expectSameText(updated.json<{ name: string }>().name, renamed);
    expectSameText((await call(t, { headers }, 'GET', '/v1/me')).json<{ name: string }>().name, renamed);
  });

  it('comes back identical as a headline and a bio, on updateMember and getMember', async () => {
    const bio = `${sample.text}\n\n${sample.text}: ${sample.text}.`;
    const updated = await updateProfile(t, member, { headline: sample.text, bio });
    expectSameText(updated.headline, sample.text);
    expectSameText(updated.bio, bio);
    const read = await call(t, member, 'GET', memberUrl(member.collectiveId, member.memberId));
    expectSameText(read.json<{ headline: string }>().headline, sample.text);
    expectSameText(read.json<{ bio: string }>().bio, bio);
  });

  it('comes back identical as a job title and brief, on createJob and getJob', async () => {
    const brief = `${sample.text} — ${sample.text}, ${sample.text}.`;
    const job = await postJob(t, member, { title: sample.text, brief });
    expectSameText(job.title, sample.text);
    expectSameText(job.brief, brief);
    const read = await getJob(t, member, member.collectiveId, job.id);
    expectSameText(read.title, sample.text);
    expectSameText(read.brief, brief);
  });
});

describe('text sent decomposed (NFD)', () => {
  const decomposed = 'Ba\u0308ckerei';
  const composed = 'B\u00e4ckerei';

  it('comes back composed (NFC) as a name, a headline, a bio and a job title', async () => {
    expect(decomposed).not.toBe(composed);
    expect(decomposed.normalize('NFC')).toBe(composed);

    const account = await signUp(t, { name: `${decomposed} Schmitz` });
    expectSameText(account.name, `${composed} Schmitz`);
    const headers = { authorization: `Bearer ${await t.tokenFor(account.id)}` };
    const renamed = await call(t, { headers }, 'PATCH', '/v1/me', { name: decomposed });
    expectSameText(renamed.json<{ name: string }>().name, composed);
    expectSameText((await call(t, { headers }, 'GET', '/v1/me')).json<{ name: string }>().name, composed);

    const profile = await updateProfile(t, member, {
      headline: decomposed,
      bio: `Die ${decomposed} am Markt.`,
    });
    expectSameText(profile.headline, composed);
    expectSameText(profile.bio, `Die ${composed} am Markt.`);

    const job = await postJob(t, member, { title: decomposed, brief: `Webseite für eine ${decomposed}.` });
    expectSameText(job.title, composed);
    expectSameText(
      (await getJob(t, member, member.collectiveId, job.id)).brief,
      `Webseite für eine ${composed}.`,
    );
  });
});

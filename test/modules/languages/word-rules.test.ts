import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.js';
import { endorse, endorsementBody, type EndorsementView } from '../../support/endorsements.js';
import { addMember, createCollective, type TestMember } from '../../support/factories.js';
import { pointersOf } from '../../support/http.js';

/**
 * The worked example's "real text" rule counts words by Unicode word segmentation (SPEC
 * section 9), so prose in scripts written without spaces passes on its merits and repetition
 * is refused in every script. Through createEndorsement; the English rules themselves are
 * tested in test/modules/endorsements/rules.test.ts.
 */
let t: TestApp;
let endorser: TestMember;
let endorsee: TestMember;
beforeAll(async () => {
  t = await createTestApp();
  const collective = await createCollective(t);
  endorser = collective.owner;
  endorsee = await addMember(t, collective.id);
});
afterAll(() => t.close());

interface Prose {
  locale: string;
  title: string;
  description: string;
  endorseeRole: string;
  outcome: string;
}

const PROSE: Prose[] = [
  {
    locale: 'zh',
    title: '老城区咖啡馆的网站改版',
    description:
      '她为老城区一家小咖啡馆重新设计了整个网站：先和店主一起整理菜单和照片，再把预约和外卖功能接到店里现有的收银系统上。' +
      '上线以后，她还手把手教店员每周自己更新新品和活动信息，店里再也不用花钱请人维护网站了。',
    endorseeRole: '网站设计师',
    outcome: '网上订单在三个月内翻了一番。',
  },
  {
    locale: 'ja',
    title: '地元のパン屋のウェブサイト',
    description:
      '山田さんは地元のパン屋のために新しいウェブサイトを作り、四十種類以上のパンの写真を自分で撮影しました。' +
      'さらにオンライン予約の仕組みを導入し、スタッフが毎朝の焼き上がり情報を簡単に更新できるように丁寧に教えてくれました。',
    endorseeRole: 'ウェブデザイナー',
    outcome: '予約の電話が減り、開店前に売り切れる日が増えました。',
  },
  {
    locale: 'th',
    title: 'เว็บไซต์ใหม่ของร้านกาแฟในเชียงใหม่',
    description:
      'เธอออกแบบเว็บไซต์ใหม่ให้ร้านกาแฟเล็กๆ ในเชียงใหม่ ถ่ายภาพเมนูทั้งหมดด้วยตัวเอง ' +
      'และสอนพนักงานให้อัปเดตโปรโมชันประจำสัปดาห์ได้เอง ทำให้ยอดสั่งซื้อออนไลน์เพิ่มขึ้นอย่างชัดเจนภายในสามเดือน',
    endorseeRole: 'นักออกแบบเว็บไซต์',
    outcome: 'ยอดสั่งซื้อออนไลน์เพิ่มขึ้นเกือบสองเท่า',
  },
];

/** Words as Unicode word segmentation finds them: the measure the rule is meant to use. */
function segmentedWords(text: string, locale: string): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

describe('prose in scripts without spaces between words', () => {
  it.each(PROSE.map((prose) => [prose.locale, prose] as const))(
    'accepts a %s paragraph about the work, and keeps its text as sent',
    async (_locale, prose) => {
      // The fixture is what the test says: real prose of 80+ characters and many distinct words.
      const words = segmentedWords(prose.description, prose.locale);
      expect(Array.from(prose.description).length).toBeGreaterThanOrEqual(80);
      expect(words.length).toBeGreaterThanOrEqual(30);
      expect(new Set(words).size).toBeGreaterThanOrEqual(30);

      const { locale: _unused, ...example } = prose;
      const response = await endorse(t, endorser, endorsee.memberId, endorsementBody({ example }));
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json<EndorsementView>().example).toMatchObject(example);
    },
  );
});

describe('repetition is refused in every script', () => {
  it.each([
    ['one Chinese character', '好'.repeat(84)],
    ['one Chinese word', '很好'.repeat(42)],
    ['one Japanese character', 'あ'.repeat(90)],
    ['two Thai words in turn', 'ดีมาก'.repeat(20)],
    ['one English phrase', 'great work '.repeat(10)],
  ])('refuses %s over and over with 400 at /example/description', async (_what, description) => {
    expect(Array.from(description.trim()).length).toBeGreaterThanOrEqual(80);
    const response = await endorse(
      t,
      endorser,
      endorsee.memberId,
      endorsementBody({ example: { description } }),
    );
    expect(pointersOf(response)).toContain('/example/description');
  });
});

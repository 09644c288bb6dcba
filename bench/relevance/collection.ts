/**
 * The shape of a relevance test collection (issue 18): the people of one collective, written
 * as freelancers write their profiles, the worked examples colleagues wrote when endorsing
 * them, and briefs written as clients write, each labelled before any ranking was looked at.
 */
export interface RelevanceExample {
  /** Key of the member who wrote this example when endorsing (never the member themselves). */
  endorsedBy: string;
  /** 1-3 skill slugs the endorsement is for (a subset of, or close to, the member's skills). */
  skills: string[];
  title: string;
  /** What the person did: real prose, at least 80 characters and 12 words. */
  description: string;
  endorseeRole: string;
  outcome: string;
}

export interface RelevanceMember {
  /** Stable key, e.g. 'packaging-2'. */
  key: string;
  name: string;
  /** The profession the labels reason with; never sent to the service. */
  profession: string;
  headline: string;
  bio: string;
  /** 2-6 skill slugs, lower-case-with-dashes. */
  skills: string[];
  examples: RelevanceExample[];
}

export interface RelevanceBrief {
  key: string;
  /** The brief as a client writes it, in their own words. */
  text: string;
  /** Only for the minority of briefs that name skills the way the service spells them. */
  skills?: string[];
  /**
   * Graded relevance, fixed before any result was seen: 2 = exactly this work, 1 = same
   * profession (could do it, not their specialty). Members not listed are 0.
   */
  labels: Record<string, 1 | 2>;
  /** For a reworded twin (same need, other words): the key of the original brief. */
  twinOf?: string;
  /** Why the labels are what they are, in a sentence: the reasoning a reviewer checks. */
  rationale: string;
}

export interface RelevanceCollection {
  language: 'en' | 'de';
  collectiveName: string;
  members: RelevanceMember[];
  briefs: RelevanceBrief[];
}

/**
 * Every number that shapes the ranking, in one place. README "How matching ranks people"
 * explains them in plain words; change them here and nowhere else.
 */
export const WEIGHTS = {
  /** The combined score: a weighted mean of the components (the weights sum to 1). */
  score: { fit: 0.35, evidence: 0.25, trust: 0.25, availability: 0.1, rotation: 0.05 },

  fit: {
    /** With requested skills, fit is this share text relevance and the rest skill overlap. */
    textShare: 0.5,
    /** A requested skill that peers endorsed counts fully; one only self-declared counts this much. */
    selfDeclaredSkill: 0.5,
    /**
     * Full-text relevance is 1 - exp(-score / textScale), the score summing the brief's words
     * found in the profile and the endorsed examples (a word in a headline, skill or example
     * title counts 1, in a bio or description 0.4, as ts_rank weighs them).
     */
    textScale: 3,
  },

  evidence: {
    /** Saturation: evidence = 1 - exp(-sum / saturation) over distinct endorsers. */
    saturation: 1.5,
    /** An example verified by a recorded handoff counts this many times more. */
    verifiedByHandoff: 1.5,
    /** Relevance of an endorsement on a requested skill, and of one whose example only matches the brief text. */
    skillMatch: 1,
    textMatch: 0.6,
    /** An example that only has words related to the brief's counts this share of a text match. */
    relatedMatch: 0.5,
    /** An endorser's second, third... endorsement of the same person counts 1/2, 1/4... */
    perEndorserDecay: 0.5,
    /** How much an endorser's own trust (from the asker) scales their word: floor + (1 - floor) * trust. */
    credibilityFloor: 0.25,
  },

  trust: {
    /** Probability that the random walk restarts at the asker. */
    restart: 0.25,
    /** Forward push: a member pushes its residual mass once it reaches this per unit of out-degree. */
    epsilon: 1e-4,
    /**
     * Then sweeps until at most this much mass per member reached is left unplaced: the summed
     * error of the members' trust, which is a probability (1 / members on average).
     */
    residualPerMember: 2e-5,
    /** Edge weights before each member's outgoing weight is normalised to 1. */
    handoffWon: 1,
    /**
     * Introductions count weakly (SPEC section 5): at most half the weakest endorsement, whose
     * weight is exampleQuality x ageFactor >= 0.5 x 0.5 = 0.25 (a new one with the shortest example).
     */
    introduction: 0.1,
    /** An endorsement's weight is its example quality times an age factor that grows over a year. */
    youngEndorsementFactor: 0.5,
    maturityDays: 365,
    /** Paths shown in reasons have at most this many hops. */
    maxPathHops: 3,
  },

  /**
   * Skills inferred from the brief's words (matching.skills.ts): BM25 over one document per
   * skill, made of the worked examples endorsed for it (weight 1) and the profiles listing it
   * (`profileWeight`). The best skill is inferred when it scores at least `minScore`, with up
   * to `maxSkills` scoring at least `nearBest` of it; inferred skills then count like requested
   * ones. A brief word used by more than members^`commonFrom` of the members counts less, down
   * to nothing when every member uses it (at 68 members: fully up to 12; at 10,000: up to 251).
   * `k1` 2, above the usual 1.2: a skill document sums many short texts, and a word that several
   * of them use is the skill's vocabulary, while one that a single text uses may be that
   * writer's choice; the higher k1 lets the count say more before it saturates.
   */
  inference: {
    bm25: { k1: 2, b: 0.75 },
    profileWeight: 0.5,
    minScore: 2,
    nearBest: 0.6,
    maxSkills: 2,
    commonFrom: 0.6,
  },

  /**
   * Words related to the brief's by the curated thesaurus (matching.synonyms.ts): a hit on one
   * counts this fraction of a hit on a brief word, in text scores and in skill inference. A
   * related word in the texts of more than `maxMemberShare` of the members is left out: it
   * says little about anyone, and its postings are the longest to walk; one that at most
   * `alwaysKept` members use is always kept, so small collectives keep their related words.
   */
  related: { thesaurus: 0.6, maxMemberShare: 0.2, alwaysKept: 10 },

  /**
   * Colleagues of the same trade (matching.trades.ts): a member's closeness (cosine, up to 1) to
   * the brief's trade mix raises their fit towards 1 at `fit` times that closeness:
   * fit = own + (1 - own) x fit x closeness. Shares below `minShare` of a member's trade words
   * are left out.
   */
  trades: { fit: 0.6, minShare: 0.2 },

  /**
   * A brief's sentences by what they do (matching.brief.ts): one that asks for the work counts
   * fully, one that says something else less, one in which the client describes themselves
   * least. Relative to the strongest role the brief has: without an ask, plain sentences count
   * fully; a brief of self-descriptions alone is read whole.
   */
  brief: { ask: 1, plain: 0.5, self: 0.2 },

  /** Example quality in [0.5, 1]: richer descriptions count more, up to this many words. */
  example: { fullWords: 60 },

  availability: { available: 1, limited: 0.6, unavailable: 0.1, availableByStart: 0.9 },

  /** Rotation = 1 / (1 + referrals received in the last `days` days). */
  rotation: { days: 90 },
} as const;

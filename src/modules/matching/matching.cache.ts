import { waitAtMost } from '../../wait.js';

/** What the cache needs to know of a model. */
export interface Cacheable {
  /** The collective's graph_version the model was built from. */
  version: number;
  /** Estimated memory, counted against the budget. */
  bytes: number;
  /** How long its build took: whether a request should wait for the next one. */
  buildMs: number;
}

interface Entry<T> {
  model?: T;
  /** The newest graph_version a request has seen for this collective. */
  wanted: number;
  building?: Promise<void>;
  /** The last build's failure, for a request that has no model to fall back on. */
  failure?: Error;
}

export interface ModelCacheOptions<T> {
  budgetBytes: number;
  freshWaitMs: number;
  /** Builds a collective's current model; undefined when the collective is gone. */
  build(collectiveId: string): Promise<T | undefined>;
  /**
   * Whether a model behind the `wanted` graph_version may be served as it is, without a
   * rebuild for now (its caller makes it exact another way); by default never.
   */
  mayWait?(collectiveId: string, model: T, wanted: number): Promise<boolean>;
  onBuild?(outcome: 'ok' | 'error', seconds: number, err?: unknown): void;
  onSize?(bytes: number, models: number): void;
}

/**
 * Each collective's matching model, kept current without making requests wait for a rebuild.
 * A request names the graph_version it read (bumped by a trigger on every change that can
 * alter the model). When the cached model is older, the next one is built in the background
 * (one build per collective at a time; another follows if the version moved on meanwhile) and
 * the request is answered from the one it has, after waiting at most `freshWaitMs`, and only
 * if the last build took less than that: a small collective's build usually finishes within it,
 * a big one's never would. Only a collective with no model yet waits for its first build.
 * Several API instances each keep their own cache; the version keeps them all current.
 *
 * Memory is bounded by `budgetBytes`, counted from the models' estimated sizes: beyond it the
 * least recently used models are dropped (not the one just built, whatever its size).
 */
export class ModelCache<T extends Cacheable> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(private readonly options: ModelCacheOptions<T>) {}

  async get(collectiveId: string, version: number): Promise<{ model: T; current: boolean } | undefined> {
    const entry = this.entries.get(collectiveId) ?? { wanted: version };
    // Re-inserted, so that iteration order is least recently used first.
    this.entries.delete(collectiveId);
    this.entries.set(collectiveId, entry);
    if (entry.model !== undefined && entry.model.version >= version) {
      return { model: entry.model, current: true };
    }
    entry.wanted = Math.max(entry.wanted, version);
    const previous = entry.model;
    if (
      previous !== undefined &&
      entry.building === undefined &&
      (await this.mayWait(collectiveId, previous, version))
    ) {
      return { model: previous, current: false };
    }
    const building = this.ensureBuilding(collectiveId, entry);
    if (previous === undefined) await building;
    else if (previous.buildMs < this.options.freshWaitMs)
      await waitAtMost(building, this.options.freshWaitMs);
    // Read again: the build may have replaced it while this request waited.
    const model = this.modelOf(entry);
    if (model === undefined) {
      const { failure } = entry;
      entry.failure = undefined;
      if (failure instanceof Error) throw failure;
      return undefined;
    }
    return { model, current: model.version >= version };
  }

  /** The collective's model as held, current or not, without building or counting a use. */
  peek(collectiveId: string): T | undefined {
    return this.entries.get(collectiveId)?.model;
  }

  private modelOf(entry: Entry<T>): T | undefined {
    return entry.model;
  }

  /** A failure to tell (the database down, say) builds, as without the option. */
  private async mayWait(collectiveId: string, model: T, wanted: number): Promise<boolean> {
    if (!this.options.mayWait) return false;
    return this.options.mayWait(collectiveId, model, wanted).catch(() => false);
  }

  /** Models held and their estimated bytes. */
  size(): { models: number; bytes: number } {
    let bytes = 0;
    let models = 0;
    for (const { model } of this.entries.values()) {
      if (model === undefined) continue;
      bytes += model.bytes;
      models += 1;
    }
    return { models, bytes };
  }

  private ensureBuilding(collectiveId: string, entry: Entry<T>): Promise<void> {
    entry.building ??= this.buildInto(collectiveId, entry);
    return entry.building;
  }

  private async buildInto(collectiveId: string, entry: Entry<T>): Promise<void> {
    const started = performance.now();
    let failed = false;
    try {
      const built = await this.options.build(collectiveId);
      this.options.onBuild?.('ok', (performance.now() - started) / 1000);
      entry.failure = undefined;
      if (built === undefined) {
        if (this.entries.get(collectiveId) === entry) this.entries.delete(collectiveId);
      } else if (entry.model === undefined || built.version >= entry.model.version) {
        entry.model = built;
        this.enforceBudget(collectiveId);
      }
    } catch (err) {
      failed = true;
      entry.failure = err instanceof Error ? err : new Error(String(err));
      this.options.onBuild?.('error', (performance.now() - started) / 1000, err);
    } finally {
      entry.building = undefined;
    }
    // The version moved on during the build: build again, unless the model may wait. After a
    // failure the next request tries again, rather than a loop against a database that is down.
    const { model } = entry;
    if (!failed && model !== undefined && model.version < entry.wanted)
      void this.catchUp(collectiveId, entry, model);
  }

  private async catchUp(collectiveId: string, entry: Entry<T>, model: T): Promise<void> {
    const waits = await this.mayWait(collectiveId, model, entry.wanted);
    if (!waits && this.entries.get(collectiveId) === entry && entry.model === model) {
      void this.ensureBuilding(collectiveId, entry);
    }
  }

  private enforceBudget(keep: string): void {
    let { bytes } = this.size();
    for (const [collectiveId, entry] of this.entries) {
      if (bytes <= this.options.budgetBytes) break;
      if (collectiveId === keep || entry.model === undefined) continue;
      bytes -= entry.model.bytes;
      this.entries.delete(collectiveId);
    }
    const size = this.size();
    this.options.onSize?.(size.bytes, size.models);
  }
}

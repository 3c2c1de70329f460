import { createDemoSeed } from './seed/demoSeed.js';
import type { PortalSeed } from './seed/types.js';
import { simulate, type Latency, type SimulationControl } from './simulation.js';
import { createMemoryStorage } from './store/memoryStorage.js';
import { createStoreAdapters, type StoreOptions } from './store/storeAdapters.js';
import type { AdapterChange, CompletePortalAdapters } from './types.js';

/** Options of {@link createMemoryAdapters}. */
export interface MemoryAdaptersOptions extends StoreOptions {
  /**
   * The initial content; `null` or `{}` for an empty store. Stored as given, without validation.
   * @default createDemoSeed()
   */
  seed?: PortalSeed | null | undefined;
  /** Simulated response time in milliseconds (or a range). @default 0 */
  latency?: Latency | undefined;
  /** Random numbers for latency ranges (tests pass a fixed one). @default Math.random */
  random?: (() => number) | undefined;
}

/** The in-memory store: every adapter, plus levers for latency and faults. */
export interface MemoryAdapters extends CompletePortalAdapters {
  /** Latency, fault injection and the call log. */
  control: SimulationControl;
}

/**
 * Adapters over an in-memory store, for tests and stories: seeded with the demo content unless
 * told otherwise, with optional latency and fault injection (`control.failNext(2, 'unavailable')`).
 * Nothing is persisted.
 */
export function createMemoryAdapters(options: MemoryAdaptersOptions = {}): MemoryAdapters {
  const seed = options.seed === undefined ? createDemoSeed() : (options.seed ?? {});
  const storage = createMemoryStorage(seed);
  const listeners = new Set<(change: AdapterChange) => void>();
  const emit = (change: AdapterChange) => {
    for (const listener of [...listeners]) listener(change);
  };
  const store = createStoreAdapters(async () => storage, emit, options, () => seed.customerGroups);
  const { adapters, control } = simulate(store, options.latency ?? 0, options.random);
  return {
    ...adapters,
    control,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

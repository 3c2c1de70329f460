import { abortError, createAdapterError, type AdapterErrorKind } from './errors.js';
import type { AdapterDomain, CompletePortalAdapters } from './types.js';

/** Simulated response time: a fixed number of milliseconds, or a range picked from at random. `Infinity` never answers. */
export type Latency = number | { min: number; max: number };

/** Which calls an injected fault hits. */
export interface FaultOptions {
  /** Only calls to these domains. @default every domain */
  domains?: readonly AdapterDomain[] | undefined;
  /** Only these methods (`list`, `getBySlug`, `updateItem`, …). @default every method */
  methods?: readonly string[] | undefined;
  /** For `unavailable`: the `retryAfter` (seconds) the error carries. */
  retryAfter?: number | undefined;
  /** The error's message. */
  message?: string | undefined;
}

/** One recorded adapter call. */
export interface AdapterCall {
  domain: AdapterDomain;
  method: string;
  params: unknown;
}

/** Levers of a simulated store, for stories and tests. */
export interface SimulationControl {
  /** Makes the next `count` matching calls reject with an error of `kind` (`Infinity` for every call). */
  failNext(count: number, kind: AdapterErrorKind, options?: FaultOptions): void;
  /** Removes every pending fault. */
  clearFaults(): void;
  /** Changes the simulated response time. */
  setLatency(latency: Latency): void;
  /** Every call made so far, oldest first. */
  readonly calls: readonly AdapterCall[];
  /** How many calls were made, optionally to one domain and method. */
  callCount(domain?: AdapterDomain, method?: string): number;
}

interface Fault extends FaultOptions {
  remaining: number;
  kind: AdapterErrorKind;
}

function wait(milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const timer = Number.isFinite(milliseconds) ? setTimeout(done, milliseconds) : undefined;
    function done() {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(timer);
      reject(abortError(signal));
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

const SIMULATED_DOMAINS: readonly AdapterDomain[] = ['tickets', 'customPages', 'homePage', 'layout', 'scriptSettings', 'catalog', 'search', 'assets', 'revisions', 'customerGroups'];

/**
 * Adds latency, fault injection and a call log to every method of `adapters`. Latency honours
 * the call's abort signal; a fault rejects after the latency, as a real server would.
 */
export function simulate<Adapters extends Omit<CompletePortalAdapters, 'subscribe' | 'persistence'>>(
  adapters: Adapters,
  initialLatency: Latency = 0,
  random: () => number = Math.random,
): { adapters: Adapters; control: SimulationControl } {
  let latency = initialLatency;
  let faults: Fault[] = [];
  const calls: AdapterCall[] = [];

  const pickLatency = () => {
    if (typeof latency === 'number') return latency;
    return latency.min + random() * Math.max(0, latency.max - latency.min);
  };
  const takeFault = (domain: AdapterDomain, method: string) => {
    const fault = faults.find(
      (candidate) => (!candidate.domains || candidate.domains.includes(domain)) && (!candidate.methods || candidate.methods.includes(method)),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) faults = faults.filter((candidate) => candidate !== fault);
    return createAdapterError(fault.kind, { retryAfter: fault.retryAfter, message: fault.message });
  };

  const wrapped = { ...adapters };
  for (const domain of SIMULATED_DOMAINS) {
    const adapter = adapters[domain] as unknown as Record<string, (params: unknown) => Promise<unknown>>;
    const methods: Record<string, (params: unknown) => Promise<unknown>> = {};
    for (const [method, call] of Object.entries(adapter)) {
      methods[method] = async (params) => {
        calls.push({ domain, method, params });
        const milliseconds = pickLatency();
        if (milliseconds > 0) await wait(milliseconds, (params as { signal?: AbortSignal } | undefined)?.signal);
        const fault = takeFault(domain, method);
        if (fault) throw fault;
        return call.call(adapter, params);
      };
    }
    (wrapped as Record<string, unknown>)[domain] = methods;
  }

  const control: SimulationControl = {
    failNext(count, kind, options = {}) {
      if (count > 0) faults.push({ ...options, remaining: count, kind });
    },
    clearFaults() {
      faults = [];
    },
    setLatency(next) {
      latency = next;
    },
    get calls() {
      return calls;
    },
    callCount(domain, method) {
      return calls.filter((call) => (!domain || call.domain === domain) && (!method || call.method === method)).length;
    },
  };
  return { adapters: wrapped, control };
}

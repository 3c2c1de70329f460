// helpdesk-portal-kit/testing: the adapter contract suite (runs under Vitest).
export { describeAdapterContract } from './describeAdapterContract.js';
export type { AdapterContractOptions } from './describeAdapterContract.js';

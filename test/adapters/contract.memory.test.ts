import { createMemoryAdapters, validateAdapters } from '../../src/adapters/index.js';
import { describeAdapterContract } from '../../src/testing/index.js';

describeAdapterContract('memory adapters (demo seed)', () => createMemoryAdapters());

// What components actually talk to: the same store behind the library's validation boundary.
describeAdapterContract('memory adapters behind the validation boundary', () => validateAdapters(createMemoryAdapters()));

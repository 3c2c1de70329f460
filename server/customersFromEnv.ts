import * as v from 'valibot';
import type { PortalServerCustomer } from './app.js';

/** One entry of `PORTAL_CUSTOMERS`: the fields of a {@link PortalServerCustomer}. */
const CustomerEntry = v.strictObject({
  token: v.pipe(v.string(), v.minLength(16, 'the token must have at least 16 characters')),
  id: v.pipe(v.string(), v.trim(), v.nonEmpty('the id is empty')),
  name: v.pipe(v.string(), v.trim(), v.nonEmpty('the name is empty')),
  groups: v.optional(v.array(v.pipe(v.string(), v.trim(), v.nonEmpty('a group id is empty')))),
});

const CustomerList = v.array(CustomerEntry);

/**
 * Reads the sample customers of the reference backend (its `customers` option) from an
 * environment variable: a JSON array of `{ "token", "id", "name", "groups"? }`, e.g.
 * `[{"token":"…16+ characters…","id":"dana","name":"Dana Weber","groups":["acme","gold"]}]`.
 * An unset or blank variable means none; anything malformed stops the start with a message
 * that names the variable and the entry, never the token.
 */
export function parseCustomersVariable(text: string | undefined, name = 'PORTAL_CUSTOMERS'): PortalServerCustomer[] | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${name} is not JSON: expected an array of { "token", "id", "name", "groups" } objects.`);
  }
  const parsed = v.safeParse(CustomerList, json);
  if (!parsed.success) {
    const [issue] = parsed.issues;
    const path = issue.path?.map((segment) => String(segment.key)).join('.') ?? '';
    throw new Error(`${name}${path === '' ? '' : ` at ${path}`}: ${issue.message}`);
  }
  const customers = parsed.output;
  const seen = new Set<string>();
  for (const [index, customer] of customers.entries()) {
    if (seen.has(customer.token)) throw new Error(`${name} at ${index}: the token of customer ${customer.id} is already another customer's.`);
    seen.add(customer.token);
  }
  return customers.map(({ token, id, name: customerName, groups }) => ({ token, id, name: customerName, ...(groups ? { groups } : {}) }));
}

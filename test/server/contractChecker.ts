// Checks real HTTP responses against openapi/portal.yaml, independently of the server's own
// checks: the operation must exist, the status must be declared, the body must match the
// declared media type and schema, and every required header must be present and well-formed.
import { fileURLToPath } from 'node:url';
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

type Schema = Record<string, unknown>;
interface Header {
  required?: boolean;
  schema?: Schema;
}
interface Response {
  headers?: Record<string, Header>;
  content?: Record<string, { schema?: Schema }>;
}
interface Operation {
  operationId: string;
  responses: Record<string, Response>;
}

export const DOCUMENT = fileURLToPath(new URL('../../openapi/portal.yaml', import.meta.url));

/** One checked exchange. */
export interface CheckedResponse {
  operationId: string | undefined;
  method: string;
  path: string;
  status: number;
  problems: string[];
}

export async function createContractChecker() {
  const document = (await SwaggerParser.dereference(DOCUMENT)) as unknown as { paths: Record<string, Record<string, Operation>> };
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const routes = Object.entries(document.paths).flatMap(([template, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'put', 'post', 'delete'].includes(method))
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}|\{\w+\}/g, '[^/]+')}$`),
        operation,
      })),
  );
  const validators = new Map<Schema, ReturnType<typeof ajv.compile>>();
  const validate = (schema: Schema, value: unknown) => {
    let validator = validators.get(schema);
    if (!validator) validators.set(schema, (validator = ajv.compile(schema)));
    return validator(value) ? undefined : ajv.errorsText(validator.errors);
  };

  const seen: CheckedResponse[] = [];

  function check(method: string, path: string, status: number, headers: Headers, body: string): CheckedResponse {
    const route = routes.find((candidate) => candidate.method === method && candidate.pattern.test(path));
    const result: CheckedResponse = { operationId: route?.operation.operationId, method, path, status, problems: [] };
    seen.push(result);
    const fail = (message: string) => result.problems.push(`${method} ${path} → ${status}: ${message}`);
    if (!route) {
      fail('no operation of the contract has this path');
      return result;
    }
    const response = route.operation.responses[String(status)] ?? route.operation.responses[`${String(status)[0]}XX`] ?? route.operation.responses.default;
    if (!response) {
      fail(`status ${status} is not declared for ${route.operation.operationId}`);
      return result;
    }
    for (const [name, header] of Object.entries(response.headers ?? {})) {
      const value = headers.get(name);
      if (value === null) {
        if (header.required) fail(`required header ${name} is missing`);
        continue;
      }
      if (header.schema) {
        const typed = header.schema.type === 'integer' ? Number(value) : value;
        const error = validate(header.schema, typed);
        if (error) fail(`header ${name}: "${value}" ${error}`);
      }
    }
    const declared = Object.keys(response.content ?? {});
    const type = headers.get('content-type')?.split(';')[0]?.trim();
    if (declared.length === 0) {
      if (body.length > 0) fail(`a body was sent where none is declared (${type})`);
      return result;
    }
    if (!type || !declared.includes(type)) {
      fail(`content type ${type} is not one of ${declared.join(', ')}`);
      return result;
    }
    const schema = response.content?.[type]?.schema;
    if (schema && /json$/.test(type)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        fail('the body is not JSON');
        return result;
      }
      const error = validate(schema, parsed);
      if (error) fail(`body: ${error}`);
    }
    return result;
  }

  /** A `fetch` that checks every response it returns. */
  function wrap(inner: typeof fetch = fetch): typeof fetch {
    return async (input, init) => {
      const response = await inner(input, init);
      const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
      const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
      check(method, url.pathname, response.status, response.headers, await response.clone().text());
      return response;
    };
  }

  return {
    check,
    wrap,
    /** Every checked exchange so far. */
    seen,
    /** Every problem found so far. */
    problems: () => seen.flatMap((exchange) => exchange.problems),
    /** Operation ids of the contract. */
    operationIds: routes.map((route) => route.operation.operationId),
  };
}

/** The checker made by {@link createContractChecker}. */
export type ContractChecker = Awaited<ReturnType<typeof createContractChecker>>;

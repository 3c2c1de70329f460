import { fileURLToPath } from 'node:url';
import SwaggerParser from '@apidevtools/swagger-parser';

/** The contract the server implements. */
export const CONTRACT_PATH = fileURLToPath(new URL('../../openapi/portal.yaml', import.meta.url));

/** A JSON Schema as the dereferenced document holds it. */
export type JsonSchema = Record<string, unknown>;

interface ParameterObject {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

interface ResponseObject {
  headers?: Record<string, { schema?: JsonSchema }>;
  content?: Record<string, { schema?: JsonSchema }>;
}

interface OperationObject {
  operationId: string;
  parameters?: ParameterObject[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: JsonSchema }> };
  responses: Record<string, ResponseObject>;
  security?: Array<Record<string, string[]>>;
}

/** One operation of the contract, ready for the router. */
export interface ContractOperation {
  /** The operation's id (the handler's name). */
  id: string;
  /** Upper-case HTTP method. */
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The path as the document writes it (`/admin/custom-pages/{id}`). */
  path: string;
  /** The path in the router's syntax (`/admin/custom-pages/:id`). */
  routePath: string;
  /** Acceptable security schemes, any one of which suffices; empty for a public operation. */
  security: string[];
  /** Schemas of the request's parts, as JSON Schema objects. */
  schemas: { params?: JsonSchema; querystring?: JsonSchema; headers?: JsonSchema; body?: JsonSchema };
  /** Media types the request body may have (none: no body). */
  requestTypes: string[];
  /** Response schemas (JSON bodies) by status code. */
  responses: Record<string, { schema?: JsonSchema; contentTypes: string[] }>;
}

const METHODS = ['get', 'post', 'put', 'delete'] as const;

function objectSchema(parameters: readonly ParameterObject[], additionalProperties: boolean, lowerCase = false): JsonSchema | undefined {
  if (parameters.length === 0) return additionalProperties ? undefined : { type: 'object', additionalProperties: false };
  const name = (parameter: ParameterObject) => (lowerCase ? parameter.name.toLowerCase() : parameter.name);
  return {
    type: 'object',
    properties: Object.fromEntries(parameters.map((parameter) => [name(parameter), parameter.schema ?? {}])),
    required: parameters.filter((parameter) => parameter.required).map(name),
    additionalProperties,
  };
}

/** Loads, validates and dereferences the contract, and lists its operations. */
export async function loadContract(path = CONTRACT_PATH): Promise<{ document: Record<string, unknown>; operations: ContractOperation[] }> {
  const document = (await SwaggerParser.validate(path)) as unknown as {
    paths: Record<string, Partial<Record<(typeof METHODS)[number], OperationObject>> & { parameters?: ParameterObject[] }>;
    security?: Array<Record<string, string[]>>;
  };
  const operations: ContractOperation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])];
      const where = (location: ParameterObject['in']) => parameters.filter((parameter) => parameter.in === location);
      const jsonBody = operation.requestBody?.content['application/json']?.schema;
      operations.push({
        id: operation.operationId,
        method: method.toUpperCase() as ContractOperation['method'],
        path,
        routePath: path.replace(/\{(\w+)\}/g, ':$1'),
        security: (operation.security ?? document.security ?? []).flatMap((requirement) => Object.keys(requirement)),
        schemas: {
          params: objectSchema(where('path'), false),
          // Unknown query parameters are refused: a typo in a filter must not silently list everything.
          querystring: objectSchema(where('query'), false),
          headers: objectSchema(where('header'), true, true),
          body: jsonBody,
        },
        requestTypes: Object.keys(operation.requestBody?.content ?? {}),
        responses: Object.fromEntries(
          Object.entries(operation.responses).map(([status, response]) => {
            const contentTypes = Object.keys(response.content ?? {});
            const json = response.content?.['application/json'] ?? response.content?.['application/problem+json'];
            return [status, { schema: json?.schema, contentTypes }];
          }),
        ),
      });
    }
  }
  return { document: document as unknown as Record<string, unknown>, operations };
}

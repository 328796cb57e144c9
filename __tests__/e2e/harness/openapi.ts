import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * GitHub's published REST description (`@octokit/openapi`), as a router and request validator:
 * every request the fake server sees is matched to an operation and its JSON body validated
 * against that operation's schema, exactly as GitHub documents it.
 */

const require = createRequire(import.meta.url);
const SPEC_ID = 'https://api.github.com/openapi.json';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

interface OpenApiDoc {
  paths: Record<string, Record<string, Operation | undefined>>;
  components: { examples: Record<string, { value: unknown }>; schemas: Record<string, unknown> };
}

export interface Operation {
  operationId: string;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses: Record<
    string,
    {
      content?: Record<
        string,
        { example?: unknown; examples?: Record<string, { $ref?: string; value?: unknown }> }
      >;
    }
  >;
}

export interface MatchedOperation {
  operationId: string;
  method: string;
  template: string;
  params: Record<string, string>;
  operation: Operation;
}

export interface Route {
  method: string;
  template: string;
  regex: RegExp;
  names: string[];
  operation: Operation;
}

export interface OpenApi {
  match(method: string, pathname: string): MatchedOperation | undefined;
  /** Errors of the request body against the operation's schema; [] when valid. */
  validateBody(op: MatchedOperation, body: unknown): string[];
  /** The documented example of the operation's first success response (or of `status`). */
  example(op: MatchedOperation, status?: number): { status: number; body: unknown } | undefined;
}

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

let cached: OpenApi | undefined;

/**
 * OpenAPI 3.0 lets `nullable: true` stand beside `oneOf` or `$ref` without a `type` (issue bodies'
 * `milestone`, for one); Ajv refuses to compile that. Such a schema becomes "it, or null", which is
 * what the description means, so those operations can be validated too.
 */
function nullableWithoutType(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) nullableWithoutType(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  // Examples are data, not schemas: a field of an example may well be called `nullable`.
  for (const [k, v] of Object.entries(o)) if (k !== 'example' && k !== 'examples') nullableWithoutType(v);
  if (o.nullable === true && o.type === undefined) {
    const { nullable: _n, ...rest } = o;
    for (const k of Object.keys(o)) delete o[k];
    o.anyOf = [rest, { type: 'null' }];
  }
}

/**
 * What the validators need of the description: each operation's request body and the schemas
 * they refer to, at the same places (the validators refer to them by pointer). The whole
 * description is 13 MB, most of it responses and examples no request is checked against; taking
 * it all in cost Ajv three times as long, in every process that starts a fake.
 */
function requestSchemas(doc: OpenApiDoc): object {
  const paths: Record<string, Record<string, Pick<Operation, 'requestBody'>>> = {};
  for (const [template, item] of Object.entries(doc.paths))
    for (const method of METHODS) {
      const requestBody = item[method]?.requestBody;
      if (requestBody) (paths[template] ??= {})[method] = { requestBody };
    }
  return { $id: SPEC_ID, paths, components: { schemas: doc.components.schemas } };
}

/** Loads the spec once per process: the document is large, so every fake shares it. */
export function loadOpenApi(): OpenApi {
  if (cached) return cached;
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const doc = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDoc;
  const schemas = requestSchemas(doc);
  nullableWithoutType(schemas);
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  const addFormats =
    (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  ajv.addSchema(schemas);

  const routes: Route[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const names: string[] = [];
      const pattern = template
        .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        .replace(/\\?\{([^}]+)\\?\}/g, (_m, n: string) => {
          names.push(n);
          return '([^/]+)';
        });
      routes.push({
        method: method.toUpperCase(),
        template,
        regex: new RegExp(`^${pattern}$`),
        names,
        operation,
      });
    }
  }
  // Literal paths before templated ones: /repos/{o}/{r}/issues/comments beats …/issues/{issue_number}.
  routes.sort((a, b) => a.names.length - b.names.length);

  const validators = new Map<string, ValidateFunction | null>();
  const validatorFor = (op: MatchedOperation): ValidateFunction | null => {
    const key = `${op.method} ${op.template}`;
    if (validators.has(key)) return validators.get(key)!;
    const schema = op.operation.requestBody?.content?.['application/json']?.schema;
    const v = schema
      ? ajv.compile({
          $ref: `${SPEC_ID}#/paths/${encodeURIComponent(escapePointer(op.template))}/${op.method.toLowerCase()}/requestBody/content/application~1json/schema`,
        })
      : null;
    validators.set(key, v);
    return v;
  };

  cached = {
    match(method, pathname) {
      for (const r of routes) {
        if (r.method !== method) continue;
        const m = r.regex.exec(pathname);
        if (!m) continue;
        const params: Record<string, string> = {};
        r.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1]!)));
        return {
          operationId: r.operation.operationId,
          method,
          template: r.template,
          params,
          operation: r.operation,
        };
      }
      return undefined;
    },
    validateBody(op, body) {
      const v = validatorFor(op);
      if (!v) return body === undefined ? [] : [];
      if (v(body)) return [];
      return (v.errors ?? []).map(
        (e) =>
          `${e.instancePath || '(body)'} ${e.message ?? 'is invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
      );
    },
    example(op, status) {
      const codes = Object.keys(op.operation.responses).filter((c) =>
        status ? c === String(status) : /^2\d\d$/.test(c),
      );
      for (const code of codes) {
        const content = op.operation.responses[code]?.content?.['application/json'];
        if (!content) return { status: Number(code), body: undefined };
        if (content.example !== undefined)
          return { status: Number(code), body: structuredClone(content.example) };
        const first = Object.values(content.examples ?? {})[0];
        if (!first) return { status: Number(code), body: undefined };
        const value = first.$ref
          ? doc.components.examples[first.$ref.replace('#/components/examples/', '')]?.value
          : first.value;
        return { status: Number(code), body: structuredClone(value) };
      }
      return undefined;
    },
  };
  return cached;
}

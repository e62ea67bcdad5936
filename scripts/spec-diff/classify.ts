// Classifies the differences between two versions of an OpenAPI 3.1 document into breaking and
// non-breaking changes for clients of the API. Written here because the diff tools on npm either
// do not read OpenAPI 3.1 (type arrays, const) or download a binary at install time.
//
// Direction matters: what a client sends (parameters) may only get looser, what it receives
// (responses) may only get stricter. So a narrowed enum or type is breaking in a request, a widened
// one is breaking in a response (generated types and validators reject the new value).
import { HTTP_METHODS, isObject, resolveRef, type JsonObject } from '../spec.js';

export interface Change {
  kind: string;
  where: string;
  detail: string;
}

export interface SpecDiff {
  breaking: Change[];
  nonBreaking: Change[];
}

type Side = 'request' | 'response';

class Collector {
  readonly breaking: Change[] = [];
  readonly nonBreaking: Change[] = [];
  add(breaking: boolean, kind: string, where: string, detail: string): void {
    (breaking ? this.breaking : this.nonBreaking).push({ kind, where, detail });
  }
}

function typesOf(schema: JsonObject): Set<string> | undefined {
  const type = schema.type;
  if (type === undefined) return undefined;
  const types = new Set(Array.isArray(type) ? type.map(String) : [String(type)]);
  if (types.has('number')) types.add('integer');
  return types;
}

const subset = (a: Set<string>, b: Set<string>): boolean => [...a].every((x) => b.has(x));
const list = (values: Iterable<unknown>): string => [...values].map((v) => JSON.stringify(v)).join(', ');

function compareSchema(c: Collector, base: JsonObject, head: JsonObject, baseDoc: JsonObject, headDoc: JsonObject, side: Side, where: string, depth = 0): void {
  if (depth > 20) return;
  const b = resolveRef(baseDoc, base) as JsonObject;
  const h = resolveRef(headDoc, head) as JsonObject;
  if (!isObject(b) || !isObject(h)) return;
  // Looser for the side that receives means breaking for it.
  const widenBreaks = side === 'response';

  const bt = typesOf(b);
  const ht = typesOf(h);
  if (bt && ht) {
    const narrowed = !subset(bt, ht);
    const widened = !subset(ht, bt);
    if (narrowed && widened) c.add(true, 'type-changed', where, `type ${list(bt)} -> ${list(ht)}`);
    else if (narrowed) c.add(!widenBreaks, 'type-narrowed', where, `type ${list(bt)} -> ${list(ht)}`);
    else if (widened) c.add(widenBreaks, 'type-widened', where, `type ${list(bt)} -> ${list(ht)}`);
  }

  const be = Array.isArray(b.enum) ? b.enum : b.const !== undefined ? [b.const] : undefined;
  const he = Array.isArray(h.enum) ? h.enum : h.const !== undefined ? [h.const] : undefined;
  if (be && he) {
    const removed = be.filter((v) => !he.includes(v));
    const added = he.filter((v) => !be.includes(v));
    if (removed.length) c.add(!widenBreaks, 'enum-narrowed', where, `values removed: ${list(removed)}`);
    if (added.length) c.add(widenBreaks, 'enum-widened', where, `values added: ${list(added)}`);
  } else if (be && !he) {
    c.add(widenBreaks, 'enum-removed', where, `no longer limited to ${list(be)}`);
  } else if (!be && he) {
    c.add(!widenBreaks, 'enum-added', where, `now limited to ${list(he)}`);
  }

  if (b.pattern !== h.pattern) {
    c.add(true, 'pattern-changed', where, `pattern ${JSON.stringify(b.pattern ?? null)} -> ${JSON.stringify(h.pattern ?? null)}`);
  }
  if (b.format !== h.format) c.add(true, 'format-changed', where, `format ${String(b.format)} -> ${String(h.format)}`);

  for (const key of ['minimum', 'maximum', 'minLength', 'maxLength'] as const) {
    if (b[key] === h[key]) continue;
    const isMin = key.startsWith('min');
    const before = b[key] as number | undefined;
    const after = h[key] as number | undefined;
    const tighter = after !== undefined && (before === undefined || (isMin ? after > before : after < before));
    c.add(tighter ? !widenBreaks : widenBreaks, tighter ? 'range-narrowed' : 'range-widened', where, `${key} ${String(before)} -> ${String(after)}`);
  }

  const bp = (b.properties ?? {}) as JsonObject;
  const hp = (h.properties ?? {}) as JsonObject;
  const bReq = new Set((b.required ?? []) as string[]);
  const hReq = new Set((h.required ?? []) as string[]);
  for (const name of Object.keys(bp)) {
    const at = `${where}.${name}`;
    if (!(name in hp)) {
      c.add(side === 'response' || bReq.has(name), 'property-removed', at, 'property removed');
      continue;
    }
    compareSchema(c, bp[name] as JsonObject, hp[name] as JsonObject, baseDoc, headDoc, side, at, depth + 1);
  }
  for (const name of Object.keys(hp)) {
    if (!(name in bp)) c.add(side === 'request' && hReq.has(name), 'property-added', `${where}.${name}`, hReq.has(name) ? 'required property added' : 'property added');
  }
  for (const name of bReq) {
    if (!hReq.has(name) && name in hp) c.add(side === 'response', 'property-now-optional', `${where}.${name}`, 'no longer required');
  }
  for (const name of hReq) {
    if (!bReq.has(name) && name in bp) c.add(side === 'request', 'property-now-required', `${where}.${name}`, 'now required');
  }

  if (isObject(b.items) && isObject(h.items)) compareSchema(c, b.items, h.items, baseDoc, headDoc, side, `${where}[]`, depth + 1);
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    const bs = (b[key] ?? []) as JsonObject[];
    const hs = (h[key] ?? []) as JsonObject[];
    bs.forEach((s, i) => {
      if (hs[i]) compareSchema(c, s, hs[i]!, baseDoc, headDoc, side, `${where}<${key}${i}>`, depth + 1);
      else c.add(!widenBreaks, 'schema-narrowed', where, `${key} alternative ${i} removed`);
    });
    for (let i = bs.length; i < hs.length; i++) c.add(widenBreaks, 'schema-widened', where, `${key} alternative ${i} added`);
  }
}

function parameters(doc: JsonObject, operation: JsonObject): Map<string, JsonObject> {
  const out = new Map<string, JsonObject>();
  for (const p of (operation.parameters ?? []) as unknown[]) {
    const param = resolveRef(doc, p) as JsonObject;
    out.set(`${String(param.in)} ${String(param.name)}`, param);
  }
  return out;
}

function jsonSchemaOf(doc: JsonObject, response: unknown): JsonObject | undefined {
  const r = resolveRef(doc, response) as JsonObject;
  const media = ((r.content ?? {}) as JsonObject)['application/json'] as JsonObject | undefined;
  return media?.schema as JsonObject | undefined;
}

export function diffSpecs(base: JsonObject, head: JsonObject): SpecDiff {
  const c = new Collector();
  const bPaths = (base.paths ?? {}) as JsonObject;
  const hPaths = (head.paths ?? {}) as JsonObject;
  for (const path of Object.keys(bPaths)) if (!(path in hPaths)) c.add(true, 'path-removed', path, 'path removed');
  for (const path of Object.keys(hPaths)) if (!(path in bPaths)) c.add(false, 'path-added', path, 'path added');

  for (const path of Object.keys(bPaths).filter((p) => p in hPaths)) {
    for (const method of HTTP_METHODS) {
      const bo = (bPaths[path] as JsonObject)[method] as JsonObject | undefined;
      const ho = (hPaths[path] as JsonObject)[method] as JsonObject | undefined;
      const op = `${method.toUpperCase()} ${path}`;
      if (bo && !ho) c.add(true, 'operation-removed', op, 'operation removed');
      if (!bo && ho) c.add(false, 'operation-added', op, 'operation added');
      if (!bo || !ho) continue;

      const bParams = parameters(base, bo);
      const hParams = parameters(head, ho);
      for (const [key, bp] of bParams) {
        const hp = hParams.get(key);
        if (!hp) {
          c.add(true, 'parameter-removed', `${op} ${key}`, 'parameter removed');
          continue;
        }
        if (!bp.required && hp.required) c.add(true, 'parameter-now-required', `${op} ${key}`, 'parameter now required');
        if (bp.required && !hp.required) c.add(false, 'parameter-now-optional', `${op} ${key}`, 'parameter now optional');
        compareSchema(c, bp.schema as JsonObject, hp.schema as JsonObject, base, head, 'request', `${op} ${key}`);
      }
      for (const [key, hp] of hParams) {
        if (!bParams.has(key)) {
          c.add(hp.required === true, hp.required ? 'required-parameter-added' : 'parameter-added', `${op} ${key}`, hp.required ? 'new required parameter' : 'new optional parameter');
        }
      }

      const bRes = (bo.responses ?? {}) as JsonObject;
      const hRes = (ho.responses ?? {}) as JsonObject;
      for (const status of Object.keys(bRes)) {
        if (!(status in hRes)) {
          c.add(true, 'response-removed', `${op} ${status}`, 'response removed');
          continue;
        }
        const bs = jsonSchemaOf(base, bRes[status]);
        const hs = jsonSchemaOf(head, hRes[status]);
        if (bs && hs) compareSchema(c, bs, hs, base, head, 'response', `${op} ${status}`);
      }
      for (const status of Object.keys(hRes)) if (!(status in bRes)) c.add(false, 'response-added', `${op} ${status}`, 'response added');
    }
  }
  return { breaking: c.breaking, nonBreaking: c.nonBreaking };
}

/** a > b for dotted numeric versions (1.10.0 > 1.9.0); pre-release tags are compared as text. */
export function versionIncreased(before: string, after: string): boolean {
  const parse = (v: string): number[] => v.split(/[.-]/).map((p) => (/^\d+$/.test(p) ? Number(p) : Number.NaN));
  const a = parse(after);
  const b = parse(before);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (Number.isNaN(x) || Number.isNaN(y)) return after > before;
    if (x !== y) return x > y;
  }
  return false;
}

import { parse as parseToml } from 'smol-toml';
import type { Pacer } from './pace.js';
import { isTable, type Table } from './types.js';

export function toml(text: string, firstLine = 1): Table {
  try {
    return parseToml(text) as Table;
  } catch (err) {
    const where = firstLine > 1 ? ` (in the part from line ${firstLine})` : '';
    throw new Error(`not valid TOML${where}: ${(err as Error).message.split('\n')[0]}`);
  }
}

const PACKAGE_HEADER = /^\s*\[\[\s*package\s*\]\]\s*(?:#.*)?$/;
const NAME_LINE = /^\s*name\s*=/;
/** Packages parsed at once: a slice of a few milliseconds. */
const SLICE = 200;

export interface TomlPackage {
  table: Table;
  /** The line of its `name =` (else of its `[[package]]`). */
  line?: number;
}

/**
 * A lockfile made of `[[package]]` tables (Cargo.lock, poetry.lock, uv.lock, pdm.lock), parsed
 * a slice of packages at a time with a turn of the event loop between slices: parsed whole, a
 * lockfile of thousands of packages holds the loop for a third of a second. Each slice is a
 * TOML document of its own (a package's sub-tables follow its header), and the tables outside
 * `package` (`metadata`, `version`) are merged into `top`.
 */
export async function tomlPackages(
  text: string,
  pace: Pacer,
): Promise<{ top: Table; packages: TomlPackage[] }> {
  const lines = text.split('\n');
  const headers: number[] = [];
  const names: (number | undefined)[] = [];
  for (let i = 0; i < lines.length; i++) {
    await pace.step();
    const l = lines[i]!;
    if (PACKAGE_HEADER.test(l)) {
      headers.push(i);
      names.push(undefined);
    } else if (headers.length && names[names.length - 1] === undefined && NAME_LINE.test(l))
      names[names.length - 1] = i + 1;
  }
  const top: Table = {};
  const packages: TomlPackage[] = [];
  const merge = (doc: Table) => {
    for (const [k, v] of Object.entries(doc))
      if (k !== 'package')
        Object.defineProperty(top, k, { value: v, enumerable: true, writable: true, configurable: true });
  };
  const preamble = headers.length ? headers[0]! : lines.length;
  merge(toml(lines.slice(0, preamble).join('\n')));
  for (let at = 0; at < headers.length; at += SLICE) {
    await pace.turn();
    const from = headers[at]!;
    const to = at + SLICE < headers.length ? headers[at + SLICE]! : lines.length;
    const doc = toml(lines.slice(from, to).join('\n'), from + 1);
    const list = Array.isArray(doc.package) ? (doc.package as unknown[]) : [];
    // A header this scan did not see (`[[ "package" ]]`) shifts nothing: lines are left out instead.
    const counted = Math.min(SLICE, headers.length - at);
    list.forEach((t, k) => {
      if (!isTable(t)) return;
      packages.push({
        table: t,
        line: list.length === counted ? (names[at + k] ?? headers[at + k]! + 1) : undefined,
      });
    });
    merge(doc);
  }
  return { top, packages };
}

import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import { parseBoundedYaml, type YamlProblem } from './yaml.js';

/** A parsed YAML file that can say where any key path is. */
export class SourceFile {
  readonly doc: Document;
  /** Syntax errors and broken size bounds; the document is not to be used when there are any. */
  readonly problems: readonly YamlProblem[];
  private readonly lines: LineCounter;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    const parsed = parseBoundedYaml(text);
    this.doc = parsed.doc;
    this.lines = parsed.lines;
    this.problems = parsed.problems;
  }

  position(offset: number): { line: number; column: number } {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /**
   * Where a key path is: the value's node, or the key itself when `keyOnly`; for a path that does
   * not exist, the nearest existing parent.
   */
  locate(path: readonly (string | number)[], keyOnly = false): { line: number; column: number } | undefined {
    let node: unknown = this.doc.contents;
    let best: Node | undefined = (node as Node) ?? undefined;
    for (let i = 0; i < path.length; i++) {
      const key = path[i]!;
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key),
        );
        if (!pair) break;
        const last = i === path.length - 1;
        if (last && keyOnly && isScalar(pair.key)) {
          best = pair.key;
          break;
        }
        node = pair.value;
        best = (
          isScalar(pair.value) || isMap(pair.value) || isSeq(pair.value) ? pair.value : pair.key
        ) as Node;
        if (!pair.value && isScalar(pair.key)) best = pair.key;
      } else if (isSeq(node)) {
        const item = node.items[Number(key)];
        if (!item) break;
        node = item;
        best = item as Node;
      } else break;
    }
    const range = best?.range;
    return range ? this.position(range[0]) : undefined;
  }
}

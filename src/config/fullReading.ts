import { IssueList, MAX_ISSUES } from './issues.js';
import { SourceFile } from './locate.js';
import { yamlToData } from './yaml.js';

/**
 * The full reading of a config's YAML: the `yaml` library's document, which knows where every
 * key and value is, read within bounds (config/yaml.ts). Loaded when it is needed (config/load.ts):
 * for a config the quick reading declines or finds a problem in, and for a problem's place.
 */

export { SourceFile };

/** A config read in full: its source, the list its problems go to, and its data, whatever it is. */
export interface ReadDocument {
  source: SourceFile;
  issues: IssueList;
  data: unknown;
}

/** The YAML of a config read into data; its syntax errors and broken bounds are a ConfigError. */
export function readDocument(file: string, text: string): ReadDocument {
  const source = new SourceFile(file, text);
  const issues = new IssueList(source);
  if (source.problems.length > 0) {
    for (const p of source.problems.slice(0, MAX_ISSUES)) {
      const pos = p.offset === undefined ? undefined : source.position(p.offset);
      issues.items.push({
        file,
        ...(pos ? { line: pos.line, column: pos.column } : {}),
        ...(p.path && p.path.length > 0 ? { path: p.path.join('.') } : {}),
        message: p.message,
      });
    }
    issues.throwIfAny();
  }
  let data: unknown;
  try {
    data = yamlToData(source.doc);
  } catch (err) {
    // The checks above leave nothing here to fail; should one be missed, it is still a config error.
    issues.add([], `cannot read the YAML: ${(err as Error).message}`);
    issues.throwIfAny();
  }
  return { source, issues, data };
}

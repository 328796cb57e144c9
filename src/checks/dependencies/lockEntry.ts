import type { Dependency, Source } from './types.js';

/**
 * A lockfile entry whose source and digests are read when first asked for. Most entries of a
 * large lockfile are the same at base and head (`sameAs`), and the diff never asks for theirs:
 * reading every entry's URL and digests up front was most of what a parse cost.
 */
export abstract class LockEntry implements Dependency {
  private sourceRead = false;
  private sourceValue: Source | undefined;
  private digestsRead = false;
  private digestsValue: Record<string, string> | undefined;

  constructor(
    readonly name: string,
    readonly version: string,
    readonly direct: boolean,
  ) {}

  get source(): Source | undefined {
    if (!this.sourceRead) {
      this.sourceValue = this.readSource();
      this.sourceRead = true;
    }
    return this.sourceValue;
  }

  get digests(): Record<string, string> | undefined {
    if (!this.digestsRead) {
      this.digestsValue = this.readDigests();
      this.digestsRead = true;
    }
    return this.digestsValue;
  }

  abstract sameAs(other: Dependency): boolean;
  protected abstract readSource(): Source | undefined;
  protected abstract readDigests(): Record<string, string> | undefined;
}

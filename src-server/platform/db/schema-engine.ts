// The only module that touches Prisma's WebAssembly schema engine, an internal API of Prisma: it lets the
// project diff schemas and apply migrations without the native engine, which cannot be downloaded offline.
// tests/platform/migrations.test.ts exercises every call, so a Prisma upgrade that breaks it shows at once.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';

type EngineModule = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');
type SchemaEngine = import('@prisma/schema-engine-wasm').SchemaEngine;

export interface MigrationFolder {
  /** Folder name, e.g. `20261128000000_init`. */
  name: string;
  sql: string;
}

const noFilters = { externalTables: [], externalEnums: [] };
let engineModule: Promise<EngineModule> | undefined;

/** Instantiates the WebAssembly module once per process (its main entry imports .wasm, which Node rejects). */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const bg: EngineModule = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmPath = path.join(
      path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')),
      'schema_engine_bg.wasm',
    );
    // The engine races its advisory-lock query against a 10 s timer that it never clears; unref'd, that
    // timer no longer keeps a finished process (a script, a test worker) alive.
    const imports: Record<string, unknown> = { ...bg };
    for (const name of Object.keys(bg).filter((key) => key.startsWith('__wbg_setTimeout_'))) {
      const original = bg[name as keyof EngineModule] as (...args: unknown[]) => NodeJS.Timeout;
      imports[name] = (...args: unknown[]) => {
        const timer = original(...args);
        timer.unref?.();
        return timer;
      };
    }
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': imports as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bg;
  })();
  return engineModule;
}

/** Runs `work` with a schema engine connected through the given driver adapter factory, then frees it. */
export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schema: { path: string; content: string },
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const bg = await loadEngineModule();
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] } as never,
    () => undefined,
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}

/** SQL that turns the database described by `from` into the one described by `to` (empty when they agree). */
export type DiffSide =
  | { kind: 'empty' }
  | { kind: 'schema'; path: string; content: string }
  /** The database that the migrations build, replayed in a shadow database of the adapter. */
  | { kind: 'migrations'; baseDir: string; lockfile: string; migrations: MigrationFolder[] };

function diffTarget(side: DiffSide) {
  switch (side.kind) {
    case 'empty':
      return { tag: 'empty' };
    case 'schema':
      return { tag: 'schemaDatamodel', files: [{ path: side.path, content: side.content }] };
    case 'migrations':
      return { tag: 'migrations', ...migrationList(side.baseDir, side.lockfile, side.migrations) };
  }
}

function migrationList(baseDir: string, lockfileContent: string, migrations: MigrationFolder[]) {
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: lockfileContent },
    shadowDbInitScript: '',
    migrationDirectories: migrations.map((m) => ({
      path: m.name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: m.sql } },
    })),
  };
}

export async function diffSql(engine: SchemaEngine, from: DiffSide, to: DiffSide): Promise<string> {
  const result = await engine.diff({
    from: diffTarget(from),
    to: diffTarget(to),
    script: true,
    exitCode: null,
    filters: noFilters,
  } as never);
  const sql = ((result as { stdout?: string }).stdout ?? '').trim();
  // With nothing to change the engine still answers with a comment ("-- This is an empty migration.").
  const statements = sql.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('--'));
  return statements.length === 0 ? '' : sql;
}

/** Applies the migrations that the database has not recorded yet; returns the names applied now. */
export async function applyMigrations(
  engine: SchemaEngine,
  baseDir: string,
  lockfileContent: string,
  migrations: MigrationFolder[],
): Promise<string[]> {
  const output = await engine.applyMigrations({
    migrationsList: migrationList(baseDir, lockfileContent, migrations),
    filters: noFilters,
  } as never);
  return (output as { appliedMigrationNames: string[] }).appliedMigrationNames;
}

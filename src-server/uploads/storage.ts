// Where uploaded bytes live, behind one small interface so that an object store (S3, OSS, MinIO) can replace
// PostgreSQL later without touching the use cases. The PostgreSQL implementation keeps the bytes in
// `stored_file`: every server instance sees every file, and the embedded demo needs no other service. Given a
// transaction, it writes with it, so a refused or failed upload leaves no bytes behind.
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { UseCaseContext } from '../platform/use-case';

export interface FileStorage {
  /** Stores `bytes` under `key`; keys are written once (a key that exists keeps its bytes). */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes under `key`, or null when there are none. */
  get(key: string): Promise<Buffer | null>;
}

export class PostgresFileStorage implements FileStorage {
  constructor(private readonly db: PrismaClient | Prisma.TransactionClient) {}

  // Bytes travel as base64 text decoded by PostgreSQL: Prisma's own Bytes handling takes seconds per megabyte on
  // the embedded database (10 MB: 12 s to write, 6 s to read, against 1.7 s and 0.2 s this way).
  async put(key: string, bytes: Buffer): Promise<void> {
    await this.db.$executeRaw`INSERT INTO stored_file (key, content) VALUES (${key}, decode(${bytes.toString('base64')}, 'base64')) ON CONFLICT (key) DO NOTHING`;
  }

  async get(key: string): Promise<Buffer | null> {
    const rows = await this.db.$queryRaw<{ b64: string }[]>`SELECT encode(content, 'base64') AS b64 FROM stored_file WHERE key = ${key}`;
    return rows.length ? Buffer.from(rows[0].b64, 'base64') : null;
  }
}

/** The storage of a use case: the one place to swap in another implementation. */
export const storageOf = (ctx: UseCaseContext): FileStorage => new PostgresFileStorage(ctx.db);

// One SQL statement straight to the driver (node-postgres or PGlite), around Prisma's client. Prisma's request
// pipeline costs more JavaScript per query than PostgreSQL spends answering the few hot ones (a bearer token, a
// submission's write, a claim), so those go direct. Rows come back typed as Prisma types them (dates as Date at
// UTC midnight, int8 as BigInt, json parsed), so a caller sees the same row whichever way the query went.
// Inside a transaction the statement must run on the transaction's connection: `sqlRows` (platform/use-case.ts)
// then goes through it.
import { createHash } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Prisma } from '../../generated/prisma/client';
import { BoundedMemo } from '../../../src-shared/support/bounded-memo';
import { dateColumn } from '../../../src-shared/calendar/china-date';

export interface DirectSql {
  /**
   * Rows of one statement. `prepared`: a statement of fixed text that runs often — PostgreSQL parses and plans
   * it once per connection (never for text built from a variable list, which would pile up prepared plans).
   */
  rows<T>(statement: Prisma.Sql, options?: { prepared?: boolean }): Promise<T[]>;
}

const OID = { int8: 20, date: 1082, timestamp: 1114 } as const;
// Parsers where the drivers' defaults differ from Prisma's (the rest — timestamptz, json, arrays — agree).
const parsers: Record<number, (text: string) => unknown> = {
  [OID.int8]: (text) => BigInt(text),
  [OID.date]: dateColumn,
  [OID.timestamp]: (text) => new Date(`${text.replace(' ', 'T')}Z`),
};

// A prepared statement's name comes from its text; the few texts that run often are named once, not hashed on
// every run (bounded: a caller that prepares varying text would otherwise grow it without end).
const names = new BoundedMemo<string, string>(1000);
const statementName = (text: string) => names.answer(text, () => `zsb_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`);

export function postgresDirectSql(pool: pg.Pool): DirectSql {
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') => (format !== 'binary' && parsers[oid]) || pg.types.getTypeParser(oid, format),
  };
  return {
    async rows<T>(statement: Prisma.Sql, options?: { prepared?: boolean }) {
      const text = statement.text;
      const result = await pool.query({ text, values: statement.values as unknown[], types, ...(options?.prepared ? { name: statementName(text) } : {}) });
      return result.rows as T[];
    },
  };
}

export function pgliteDirectSql(pglite: PGlite): DirectSql {
  return {
    async rows<T>(statement: Prisma.Sql) {
      // PGlite has one connection and keeps a plan only within a statement: nothing to prepare.
      const result = await pglite.query<T>(statement.text, statement.values as unknown[], { parsers });
      return result.rows;
    },
  };
}

// The one module that knows Prisma's error codes: use cases ask what happened, not which code it had.
const codeOf = (err: unknown): string | undefined =>
  err && typeof err === 'object' && 'code' in err ? String((err as { code: unknown }).code) : undefined;

/** A unique constraint refused the write (Prisma P2002): the same thing exists already. */
export const isUniqueViolation = (err: unknown): boolean => codeOf(err) === 'P2002';

/** Runs `work`; a unique-constraint failure becomes the error `onDuplicate` makes, anything else passes through. */
export async function onUniqueViolation<T>(work: () => Promise<T>, onDuplicate: () => Error): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw onDuplicate();
    throw err;
  }
}

/** The database was too busy to start or finish a transaction in time (Prisma P2028): try again shortly. */
export const isTransactionTimeout = (err: unknown): boolean => codeOf(err) === 'P2028';

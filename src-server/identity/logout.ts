// Use case: sign out: the token is revoked for every instance at once.
import { audit } from '../platform/audit';
import { actorOf, inTransaction, type UseCaseContext } from '../platform/use-case';

export async function logout(ctx: UseCaseContext): Promise<void> {
  const actor = actorOf(ctx);
  await inTransaction(ctx, async (tx) => {
    await tx.db.authToken.update({ where: { id: actor.tokenId }, data: { revokedAt: ctx.clock.now() } });
    await audit(tx, { action: 'logout' });
  });
}

// Use case: sign out: the token is revoked for every instance at once.
import type { Services } from '../services';
import { audit } from '../platform/audit';
import type { Actor } from './actor';

export async function logout({ db }: Services, actor: Actor, requestId: string): Promise<void> {
  await db.prisma.$transaction(async (tx) => {
    await tx.authToken.update({ where: { id: actor.tokenId }, data: { revokedAt: new Date() } });
    await audit(tx, actor, { action: 'logout' }, requestId);
  });
}

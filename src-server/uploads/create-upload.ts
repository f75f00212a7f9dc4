// A resident (or a station clerk filing for one, or a clerk attaching a result) uploads one file: its type is
// read from its content, images get a preview and lose their EXIF (location), and the bytes, the record and the audit entry are written in
// one transaction, so a refused or failed upload leaves nothing behind.
import { randomUUID } from 'node:crypto';
import type { Upload } from '../../src-shared/contracts/applications';
import { audit } from '../platform/audit';
import { actorOf, inTransaction, type UseCaseContext } from '../platform/use-case';
import { inspectFile } from './inspect-file';
import { presentUpload } from './present-upload';
import { storageOf } from './storage';

/** The name shown to people: the last part of what the phone sent, without control characters. */
function displayName(name: string): string | null {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(-200);
  return clean || null;
}

export async function createUpload(ctx: UseCaseContext, input: { fileName: string; bytes: Buffer }): Promise<Upload> {
  const actor = actorOf(ctx);
  const file = await inspectFile(input.bytes);
  const id = randomUUID();
  const storageKey = `uploads/${id}`;
  const previewKey = file.preview ? `uploads/${id}/preview.jpg` : null;
  return inTransaction(ctx, async (tx) => {
    const storage = storageOf(tx);
    await storage.put(storageKey, file.bytes);
    if (previewKey && file.preview) await storage.put(previewKey, file.preview);
    const row = await tx.db.upload.create({
      data: {
        id,
        ownerKind: actor.kind,
        ownerId: actor.kind === 'resident' ? actor.residentId : actor.staffId,
        mime: file.mime,
        size: file.bytes.length,
        sha256: file.sha256,
        fileName: displayName(input.fileName),
        storageKey,
        previewKey,
        width: file.width,
        height: file.height,
        createdAt: tx.clock.now(),
      },
    });
    await audit(tx, { action: 'upload.create', subjectType: 'upload', subjectId: id, details: { mime: file.mime, size: row.size, sha256: file.sha256 } });
    return presentUpload(row);
  });
}

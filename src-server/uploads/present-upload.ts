// An upload as the contract shows it (UploadSchema).
import type { Upload } from '../../src-shared/contracts/applications';

export function presentUpload(u: {
  id: string; mime: string; size: number; sha256: string; fileName: string | null;
  width: number | null; height: number | null; previewKey: string | null; createdAt: Date;
}): Upload {
  return {
    id: u.id,
    mime: u.mime as Upload['mime'],
    size: u.size,
    sha256: u.sha256,
    fileName: u.fileName,
    width: u.width,
    height: u.height,
    hasPreview: u.previewKey !== null,
    createdAt: u.createdAt.toISOString(),
  };
}

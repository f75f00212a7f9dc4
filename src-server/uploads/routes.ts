// Uploads: one file per request (JPEG, PNG or PDF by content, 10 MB), read back by those who may (see
// read-upload.ts), and a resident's own files for reuse (我的材料).
import type { Context } from 'koa';
import { MyMaterialPageSchema, UploadSchema } from '../../src-shared/contracts/applications';
import { ErrorBodySchema } from '../../src-shared/contracts/common';
import { defineRoute, residentOnly, signedIn } from '../platform/http/route';
import { limits } from '../platform/http/rate-limit';
import { readMultipartFile } from '../platform/http/request-body';
import { createUpload } from './create-upload';
import { maxUploadBytes } from './inspect-file';
import { listMyUploads } from './list-my-uploads';
import { readUpload, type UploadContent } from './read-upload';
import { MyUploadsQuery, UploadIdParams } from './schemas';

const tags = ['uploads'];
const refused = (description: string) => ({ description, schema: ErrorBodySchema });
const notModified = { 304: { description: '未变化（If-None-Match 与 ETag 相同）', empty: true as const } };

/** The bytes, shown in place; the ETag lets a client ask again cheaply (the access check still runs). */
function sendFile(ctx: Context, content: UploadContent): Buffer | undefined {
  // Private: never kept by a shared cache; an hour bounds how long a copy outlives a right to read it.
  ctx.set('Cache-Control', 'private, max-age=3600');
  ctx.set('ETag', `"${content.etag}"`);
  ctx.attachment(content.fileName ?? undefined, { type: 'inline' });
  ctx.type = content.mime;
  ctx.status = 200;
  if (ctx.fresh) {
    ctx.status = 304;
    return undefined;
  }
  return content.bytes;
}

export const uploadRoutes = () => [
  defineRoute({
    method: 'post', path: '/api/uploads', summary: '上传材料文件（JPG、PNG、PDF，10 MB 以内）', tags,
    access: signedIn, rateLimits: [limits.uploadPerAccount, limits.uploadPerIp],
    responses: {
      201: { description: '已上传', schema: UploadSchema },
      413: refused('文件超过 10 MB'),
      415: refused('不是 JPG、PNG 或 PDF 文件（按内容识别）'),
    },
    handler: async (ctx) => {
      const file = await readMultipartFile(ctx, 'file', maxUploadBytes);
      const upload = await createUpload(ctx.state.useCase, { fileName: file.filename, bytes: file.bytes });
      return upload;
    },
  }),
  // Before `/api/uploads/:id`, which would take `mine` for an id.
  defineRoute({
    method: 'get', path: '/api/uploads/mine', summary: '我的材料（上传过的文件及用于哪些办件）', tags,
    access: residentOnly, query: MyUploadsQuery, responses: { 200: { description: '最新的在前', schema: MyMaterialPageSchema } },
    handler: ({ state }, { query }) => listMyUploads(state.useCase, query),
  }),
  defineRoute({
    method: 'get', path: '/api/uploads/:id', summary: '材料文件（上传人、办件申请人和办件所在队列的工作人员可看）', tags,
    access: signedIn, params: UploadIdParams,
    responses: { 200: { description: '文件内容', file: true, contentType: 'image/jpeg', alsoAs: ['image/png', 'application/pdf'] }, ...notModified },
    handler: async (ctx, { params }) => sendFile(ctx, await readUpload(ctx.state.useCase, { id: params.id, part: 'original' })),
  }),
  defineRoute({
    method: 'get', path: '/api/uploads/:id/preview', summary: '图片材料的预览图（最长边 320 像素；PDF 没有）', tags,
    access: signedIn, params: UploadIdParams,
    responses: { 200: { description: '预览图', file: true, contentType: 'image/jpeg' }, ...notModified },
    handler: async (ctx, { params }) => sendFile(ctx, await readUpload(ctx.state.useCase, { id: params.id, part: 'preview' })),
  }),
];

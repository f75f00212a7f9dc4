// Prisma CLI configuration. Offline, the project migrates through src-server/platform/db/migrator.ts;
// where Prisma's native engine can be downloaded, `npx prisma migrate deploy` uses the same folder.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/unused' },
});

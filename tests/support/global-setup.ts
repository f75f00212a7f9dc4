// Once per `npm test`: build the migrated template that createTestDatabase copies for each test file.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

export default function globalSetup(): void {
  const root = path.join(__dirname, '..', '..');
  const embedded = !process.env.DATABASE_URL;
  const target = embedded
    ? path.join(os.tmpdir(), `zsb-test-template-${process.pid}.tar`)
    : `zsb_test_template_${process.pid}`;
  const result = spawnSync(
    process.execPath,
    [require.resolve('tsx/cli'), path.join(root, 'scripts', 'test-db-template.ts'), embedded ? 'embedded' : 'postgres', target],
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: '' } },
  );
  if (result.status !== 0) throw new Error('Could not build the test database template (see the output above).');
  process.env.ZSB_TEST_TEMPLATE = target;
}

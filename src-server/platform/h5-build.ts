// Builds the H5 app when it is missing, so `npm start` on a fresh clone serves a page without a separate step.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from './logger';
import { paths } from './config';

export function ensureH5Built(h5Dir: string, logger: Logger): void {
  if (existsSync(path.join(h5Dir, 'index.html'))) return;
  logger.info({ h5Dir }, 'H5 app not built yet: building it now (about a minute)');
  const result = spawnSync(process.execPath, [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', 'h5'], {
    cwd: paths.root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0 || !existsSync(path.join(h5Dir, 'index.html'))) {
    throw new Error('构建 H5 页面失败，请查看上面的输出，或手动运行 npm run build:h5');
  }
}

// Browser tests: playwright-core drives Debian's Chromium against a server on a free port (tests/e2e).
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 120_000,
  maxWorkers: 1,
  // The unit tests' global setup builds a database template (~3 s); the browser tests start a real server
  // with its own fresh embedded database instead, so they skip it.
  globalSetup: undefined,
  globalTeardown: undefined,
};

// `npm run test:e2e`: the extension inside a real VS Code build (code-server), driven by headless Chromium.
// Not part of `npm test`: it installs code-server (~2 min the first time) and takes about a minute.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['vscode-extension/e2e/**/*.e2e.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 600_000,
  },
});

import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// CI sets this to collect one JSON report per npm script, counted into its summary line.
const reportDir = process.env.SARING_TEST_REPORT_DIR;
const reportName = process.env.npm_lifecycle_event ?? 'vitest';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    reporters: reportDir ? ['default', ['json', { outputFile: join(reportDir, `${reportName}.json`) }]] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto'],
          // happy-dom's DOMParser would fetch a parsed page's stylesheets, scripts and frames: tests stay offline.
          environmentOptions: {
            happyDOM: {
              settings: {
                disableCSSFileLoading: true,
                disableJavaScriptFileLoading: true,
                handleDisabledFileLoadingAsSuccess: true,
                navigation: { disableChildFrameNavigation: true },
              },
            },
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Two real browsers on a two-core machine: one test file at a time keeps timings honest.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});

import { defineContentScript } from 'wxt/utils/define-content-script';
import { tiktokAdapter } from '@/utils/sites/tiktok';
import { startScanning } from '@/utils/page/start-scanning';

export default defineContentScript({
  matches: ['https://www.tiktok.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main: (ctx) => startScanning(ctx, tiktokAdapter),
});

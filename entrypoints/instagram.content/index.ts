import { defineContentScript } from 'wxt/utils/define-content-script';
import { instagramAdapter } from '@/utils/sites/instagram';
import { startScanning } from '@/utils/page/start-scanning';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main: (ctx) => startScanning(ctx, instagramAdapter),
});

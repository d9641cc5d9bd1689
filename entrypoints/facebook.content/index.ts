import { defineContentScript } from 'wxt/utils/define-content-script';
import { facebookAdapter } from '@/utils/sites/facebook';
import { startScanning } from '@/utils/page/start-scanning';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main: (ctx) => startScanning(ctx, facebookAdapter),
});

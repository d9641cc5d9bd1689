import { defineContentScript } from 'wxt/utils/define-content-script';
import { youtubeAdapter } from '@/utils/sites/youtube';
import { startScanning } from '@/utils/page/start-scanning';

export default defineContentScript({
  matches: ['https://www.youtube.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main: (ctx) => startScanning(ctx, youtubeAdapter),
});

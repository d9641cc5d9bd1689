import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installPageTools } from '@/utils/page/page-tools';

// Injected through activeTab when a volunteer turns on bulk mode or picks "report this post".
export default defineUnlistedScript(() => void installPageTools());

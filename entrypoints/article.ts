import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { checkThisPage } from '@/utils/page/check-article';

// Injected by the popup's "check this page" through activeTab: Saring reads no page the user did not ask about.
export default defineUnlistedScript(() => checkThisPage());

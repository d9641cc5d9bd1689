import { renderExtensionPage } from '@/components/i18n-context';
import { ReportsPage } from '@/components/ReportsPage';

void renderExtensionPage(ReportsPage);

import { renderExtensionPage } from '@/components/i18n-context';
import { OptionsPage } from '@/components/OptionsPage';

void renderExtensionPage(OptionsPage);

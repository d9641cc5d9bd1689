import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BulkToggle } from '@/components/BulkToggle';
import { CheckPagePanel } from '@/components/CheckPagePanel';
import { EngineStatusLine } from '@/components/EngineStatusLine';
import { renderExtensionPage, useT } from '@/components/i18n-context';
import { PageStatusPanel } from '@/components/PageStatusPanel';
import type { PageStatus } from '@/utils/messaging/protocol';
import { pageStatusOf, targetTabId } from '@/utils/popup/active-tab';

const POPUP_REFRESH_MS = 1_000;

type TabView = { state: 'loading' } | { state: 'none' } | { state: 'read'; tabId: number; status: PageStatus | null };

function CurrentTab() {
  const t = useT();
  const [view, setView] = useState<TabView>({ state: 'loading' });
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    void (async () => {
      const tabId = await targetTabId();
      if (tabId === undefined) return setView({ state: 'none' });
      const refresh = async () => setView({ state: 'read', tabId, status: await pageStatusOf(tabId) });
      await refresh();
      // The counts and the health verdict change as the page scrolls and settles: the popup follows them.
      timer = setInterval(() => void refresh(), POPUP_REFRESH_MS);
    })();
    return () => clearInterval(timer);
  }, []);
  if (view.state !== 'read') return null;
  if (!view.status) return <CheckPagePanel tabId={view.tabId} />;
  const off = view.status.switchedOff;
  if (off) return <p id="platform-off">{t('popup_platform_switched_off', view.status.platformName, off.untilVersion, off.reason)}</p>;
  if (!view.status.enabled) return <p id="platform-off">{t('popup_platform_off', view.status.platformName)}</p>;
  return (
    <>
      <PageStatusPanel status={view.status} />
      <BulkToggle tabId={view.tabId} on={view.status.bulkMode} />
    </>
  );
}

function Popup() {
  const t = useT();
  const open = (path: '/reports.html' | '/options.html') => async () => {
    await browser.tabs.create({ url: browser.runtime.getURL(path) });
    window.close();
  };
  return (
    <main>
      <h1 style={{ fontSize: '16px', margin: '0 0 8px' }}>Saring</h1>
      <p style={{ margin: '0 0 8px' }}>{t('tagline')}</p>
      <EngineStatusLine />
      <CurrentTab />
      <p>
        <button type="button" id="open-reports" onClick={open('/reports.html')}>
          {t('popup_view_reports')}
        </button>{' '}
        <button type="button" id="open-options" onClick={open('/options.html')}>
          {t('popup_settings')}
        </button>
      </p>
    </main>
  );
}

void renderExtensionPage(Popup);

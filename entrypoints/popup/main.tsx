import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CheckPagePanel } from '@/components/CheckPagePanel';
import { EngineStatusLine } from '@/components/EngineStatusLine';
import { PageStatusPanel } from '@/components/PageStatusPanel';
import type { PageStatus } from '@/utils/messaging/protocol';
import { pageStatusOf, targetTabId } from '@/utils/popup/active-tab';

const POPUP_REFRESH_MS = 1_000;

type TabView = { state: 'loading' } | { state: 'none' } | { state: 'read'; tabId: number; status: PageStatus | null };

function CurrentTab() {
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
  return view.status ? <PageStatusPanel status={view.status} /> : <CheckPagePanel tabId={view.tabId} />;
}

function Popup() {
  const openReports = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('/reports.html') });
    window.close();
  };
  return (
    <main>
      <h1 style={{ fontSize: '16px', margin: '0 0 8px' }}>Saring</h1>
      <p style={{ margin: '0 0 8px' }}>Saring sebelum sharing · Filter before you share</p>
      <EngineStatusLine />
      <CurrentTab />
      <button type="button" id="open-reports" onClick={openReports}>
        Lihat laporan · View reports
      </button>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);

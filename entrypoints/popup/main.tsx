import { render } from 'preact';
import { browser } from 'wxt/browser';
import { EngineStatusLine } from '@/components/EngineStatusLine';

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
      <button type="button" onClick={openReports}>
        Lihat laporan · View reports
      </button>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);

import { render } from 'preact';
import type { Translate } from '@/utils/i18n/translate';
import { createShadowHost } from './shadow-host';
import { BulkBar, type BulkBarActions, type BulkBarState } from './BulkBar';
import barCss from './bulk-bar.css?inline';
import checkboxCss from './bulk-checkbox.css?inline';

export interface BulkCheckbox {
  setChecked(checked: boolean): void;
  setCurrent(current: boolean): void;
  focus(): void;
  remove(): void;
}

/** The checkbox bulk mode puts on a post, first in its anchor. A plain input: it needs no component. */
export function mountBulkCheckbox(anchor: Element, t: Translate, checked: boolean, onToggle: (checked: boolean) => void): BulkCheckbox {
  const { host, container } = createShadowHost({ tag: 'saring-select', css: checkboxCss });
  const label = document.createElement('label');
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.checked = checked;
  input.addEventListener('change', () => onToggle(input.checked));
  label.append(input, t('bulk_select_post'));
  container.append(label);
  anchor.prepend(host);
  return {
    setChecked: (value) => void (input.checked = value),
    setCurrent: (value) => (value ? host.setAttribute('data-current', '') : host.removeAttribute('data-current')),
    focus: () => input.focus({ preventScroll: true }),
    remove: () => host.remove(),
  };
}

const BAR_HOST_STYLE = 'position:fixed;left:50%;bottom:16px;transform:translateX(-50%);z-index:2147483647;';

export interface MountedBar {
  update(state: BulkBarState): void;
  remove(): void;
}

/** The floating bar, fixed to the bottom of the window in its own shadow host. */
export function mountBulkBar(t: Translate, state: BulkBarState, actions: BulkBarActions): MountedBar {
  const { host, container } = createShadowHost({ tag: 'saring-bulk-bar', css: barCss });
  // The host itself is fixed: the shared host style's containment would clip a fixed child to the host's empty box.
  host.setAttribute('style', BAR_HOST_STYLE);
  document.documentElement.append(host);
  const draw = (next: BulkBarState) => render(<BulkBar t={t} state={next} actions={actions} />, container);
  draw(state);
  return {
    update: draw,
    remove() {
      render(null, container);
      host.remove();
    },
  };
}

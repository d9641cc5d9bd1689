// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createShadowHost } from '@/components/shadow-host';

describe('shadow host', () => {
  it("refuses clicks, key presses and submits that a page's script makes, before any handler runs", () => {
    const { host, container } = createShadowHost({ tag: 'saring-test', css: '', isolateEvents: ['click'] });
    document.body.append(host);
    const button = document.createElement('button');
    const form = document.createElement('form');
    const pressed = vi.fn();
    const typed = vi.fn();
    const submitted = vi.fn();
    button.addEventListener('click', pressed);
    button.addEventListener('keydown', typed);
    form.addEventListener('submit', submitted);
    form.append(button);
    container.append(form);

    button.click();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', bubbles: true, composed: true }));
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(pressed).not.toHaveBeenCalled();
    expect(typed).not.toHaveBeenCalled();
    expect(submitted).not.toHaveBeenCalled();
  });

  it("keeps the page's own handlers from hearing keys typed inside", () => {
    const { host, container } = createShadowHost({ tag: 'saring-test', css: '', isolateEvents: ['keydown'] });
    document.body.append(host);
    const heard = vi.fn();
    document.body.addEventListener('keydown', heard);
    const input = document.createElement('input');
    container.append(input);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true, composed: true }));
    expect(heard).not.toHaveBeenCalled();
  });
});

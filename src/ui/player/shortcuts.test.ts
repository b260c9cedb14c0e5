// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { shortcutOf } from './shortcuts';

const press = (key: string, target: Element | null = document.body, presenting = false) =>
  shortcutOf({ key, ctrlKey: false, metaKey: false, altKey: false, target }, presenting);

describe('player shortcuts', () => {
  it('maps keys and the keys presenter remotes send', () => {
    expect(press(' ')).toBe('playPause');
    expect(press('PageDown')).toBe('next');
    expect(press('PageUp')).toBe('previous');
    expect(press('ArrowRight')).toBe('next');
    expect(press('=')).toBe('faster');
    expect(press('3')).toBe('runView');
    expect(press('x')).toBeUndefined();
  });

  it('leaves typing, modified keys, focused buttons and canvas nodes alone', () => {
    const input = document.createElement('input');
    expect(press('k', input)).toBeUndefined();
    expect(
      shortcutOf({ key: 'k', ctrlKey: true, metaKey: false, altKey: false, target: null }),
    ).toBeUndefined();
    const button = document.createElement('button');
    expect(press(' ', button)).toBeUndefined();
    expect(press('k', button)).toBe('playPause');
    const node = document.createElement('div');
    node.className = 'react-flow__node';
    expect(press('ArrowLeft', node)).toBeUndefined();
  });

  it('gives Space to the player in presenter mode, even on a focused button', () => {
    const button = document.createElement('button');
    expect(press(' ', button, true)).toBe('playPause');
  });
});

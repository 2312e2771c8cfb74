import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

// React's test mode: updates inside act() are flushed before act() returns.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * A React root in a fresh element of the happy-dom document for each test, unmounted and removed after it: how every
 * renderer component test begins. Call at the top of the file; read `host` and `root` inside tests and hooks.
 */
export function useReactHost(): { readonly host: HTMLDivElement; readonly root: Root } {
  let host: HTMLDivElement | undefined;
  let root: Root | undefined;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(async () => {
    await act(async () => root?.unmount());
    host?.remove();
  });
  return {
    get host() {
      if (!host) throw new Error('The host is made before each test; read it inside a test or hook.');
      return host;
    },
    get root() {
      if (!root) throw new Error('The root is made before each test; read it inside a test or hook.');
      return root;
    },
  };
}

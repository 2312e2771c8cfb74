import type { Page } from 'playwright-core';

/** Opens an agenda item from the rail in the chair's window, and waits until it is the open item. */
export async function openItem(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: title }).click();
  await page.locator('#item-title', { hasText: title }).waitFor();
}

/** A note as the minute-taker types it: Alt+N, the words, Alt+A and who said it (if anyone), Ctrl+Enter. */
export async function note(page: Page, text: string, by?: string): Promise<void> {
  await page.keyboard.press('Alt+KeyN');
  await page.keyboard.type(text);
  if (by) {
    await page.keyboard.press('Alt+KeyA');
    await page.keyboard.type(by);
    await page.keyboard.press('Alt+KeyN');
  }
  await page.keyboard.press('Control+Enter');
  await page.locator('.note', { hasText: text }).waitFor();
}

/** Who a note is said by, as the notes list shows it ("Not attributed" when nobody). */
export function saidBy(page: Page, text: string): Promise<string | null> {
  return page.locator('.note', { hasText: text }).locator('[data-note-said-by]').textContent();
}

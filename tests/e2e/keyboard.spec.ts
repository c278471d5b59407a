// A reader without a mouse: from the home page to an entity (search shortcut), from the entity to one of
// its mentions (Tab, Enter), and on to the paragraph, whose links are the next stops of Tab.
import { expect, test, type Page } from '@playwright/test';

/** Presses Tab until `match` is focused; fails after `limit` presses. Every stop must show its focus. */
async function tabTo(page: Page, selector: string, limit = 150) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    const style = await focused.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { outline: computed.outlineStyle, width: computed.outlineWidth, shadow: computed.boxShadow };
    });
    const visible = (style.outline !== 'none' && style.width !== '0px') || style.shadow !== 'none';
    expect(visible, `focus is visible on ${await focused.evaluate((element) => element.outerHTML.slice(0, 120))}`).toBe(true);
    if (await focused.evaluate((element, target) => element.matches(target), selector)) return focused;
  }
  throw new Error(`Tab never reached ${selector} in ${limit} presses`);
}

test('home → entity → mention → paragraph with Tab, Enter and the / search shortcut', async ({ page }) => {
  await page.goto('/');
  // The first stop of Tab is the skip link, and it moves focus past the header.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Skip to content');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // `/` jumps to the header search box from anywhere that is not a text field.
  await page.keyboard.press('/');
  const input = page.locator('#site-search');
  await expect(input).toBeFocused();
  await page.keyboard.type('Bill Peebles');
  // The names say which query they answer: wait for the last one, not the names for "Bill Pee".
  const first = page.locator('#site-search-names[data-query="Bill Peebles"] [role="option"]').first();
  await expect(first).toContainText('Bill Peebles');
  await page.keyboard.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/entities\/bill-peebles\/$/u);
  await expect(page.locator('h1')).toHaveText('Bill Peebles');

  // Tab through the entity page to the first mention in context, and follow it.
  const mention = await tabTo(page, 'a.context');
  const href = (await mention.getAttribute('href'))!;
  const paragraph = href.split('#')[1]!;
  expect(paragraph).toMatch(/^p-\d+$/u);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/articles/[^/]+/#${paragraph}$`, 'u'));
  const target = page.locator(':target');
  await expect(target).toHaveAttribute('id', paragraph);
  await expect(target).toBeInViewport();
  await expect(target).toContainText('Peebles');

  // The fragment moved the keyboard's starting point: the next Tab stops inside that paragraph.
  await page.keyboard.press('Tab');
  const inside = await page.locator(':focus').evaluate((element, id) => element.closest(`#${id}`) !== null, paragraph);
  expect(inside).toBe(true);
});

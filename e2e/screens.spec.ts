/**
 * Screenshots of the new routes at a phone's width and a desktop's, light and dark, into
 * test-results/screens/ for a person to look at. Each also checks nothing overflows sideways.
 */
import { expect, test } from "@playwright/test";

const ROUTES: [string, string][] = [
  ["home", "/"],
  ["event", "/events/2024-07-25-putin-assad-moscow"],
  ["leaders", "/leaders"],
  ["leader", "/leaders/vladimir-putin"],
  ["embed", "/embed?pair=putin-assad"],
  ["embed-event", "/embed/events/2024-07-25-putin-assad-moscow"],
  ["search", "/?q=moscow"],
  ["search-empty", "/?q=zzqx+nowhere"],
  ["embed-search", "/embed?q=moscow"],
];

for (const [name, path] of ROUTES) {
  for (const width of name.startsWith("embed") ? [320, 1280] : [375, 1280]) {
    for (const scheme of ["light", "dark"] as const) {
      test(`${name} at ${width} px, ${scheme}: nothing runs off the side`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        await page.screenshot({ path: `test-results/screens/${name}-${width}-${scheme}.png`, fullPage: true });
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      });
    }
  }
}

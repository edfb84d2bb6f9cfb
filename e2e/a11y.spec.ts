import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

for (const path of ["/", "/?type=phone", "/?year=2019", "/events/2024-07-25-putin-assad-moscow", "/articles/000-e002192a0c9c12d9", "/events/unknown", "/leaders", "/leaders?sort=name", "/leaders/vladimir-putin", "/?leader=bashar-al-assad", "/embed", "/embed?type=phone", "/embed/events/2024-07-25-putin-assad-moscow", "/?q=moscow", "/?q=zzqx+nowhere", "/?leader=vladimir-putin&year=2019", "/embed?q=deliberate", "/embed?q=zzqx&type=phone"]) {
  test(`no serious or critical accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

import { describe, expect, it } from "vitest";
import { viewDescription, viewTitle } from "./view-title";

describe("a view's title and description", () => {
  it("say what was searched, and whose contacts were searched", () => {
    expect(viewTitle({ q: "ceasefire" }, {})).toBe("“ceasefire”");
    expect(viewTitle({ q: "ceasefire", leader: "vladimir-putin" }, { leader: "Vladimir Putin" })).toBe("“ceasefire” in Vladimir Putin's contacts");
    expect(viewTitle({ q: "ceasefire", pair: "putin-assad" }, { pair: "Vladimir Putin and Bashar al-Assad" })).toBe("“ceasefire” in contacts between Vladimir Putin and Bashar al-Assad");
    expect(viewDescription({ q: "ceasefire" }, {}, 3)).toBe("3 contacts between leaders whose sources mention “ceasefire”: meetings, phone and video calls, each linked to the sentences that prove it.");
    expect(viewDescription({ q: "zzqx" }, {}, 0)).toMatch(/^0 contacts between leaders whose sources mention “zzqx”/);
  });

  it("name a pair or a leader only from the filters' names", () => {
    expect(viewTitle({ pair: "putin-assad" }, { pair: "Vladimir Putin and Bashar al-Assad" })).toBe("Contacts between Vladimir Putin and Bashar al-Assad");
    expect(viewTitle({ leader: "vladimir-putin" }, { leader: "Vladimir Putin" })).toBe("Vladimir Putin's contacts");
    expect(viewTitle({ year: 2023 }, {})).toBeNull();
    expect(viewDescription({ pair: "putin-assad" }, { pair: "Vladimir Putin and Bashar al-Assad" }, 1)).toMatch(/^1 contact between Vladimir Putin and Bashar al-Assad:/);
  });
});

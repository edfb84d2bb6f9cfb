"use client";
import { useState } from "react";

/** Copies the page's address, and says so where screen readers hear it. */
export function CopyLink() {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className="rounded border border-[var(--line)] px-3 py-1 text-sm"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(window.location.href);
            setState("copied");
          } catch {
            setState("failed");
          }
        }}
      >
        Copy link
      </button>
      <span role="status" className="text-sm text-[var(--muted)]">
        {state === "copied" ? "Link copied" : state === "failed" ? "Could not copy: use the address bar" : ""}
      </span>
    </span>
  );
}

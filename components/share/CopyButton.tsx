"use client";
import { useState } from "react";

/**
 * A button that copies some text and says whether it worked where screen readers hear it: one
 * mechanism for the page's link and the embed code.
 */
export function CopyButton({ text, label, copied, failed, className = "" }: { text: () => string; label: string; copied: string; failed: string; className?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className={`rounded border border-[var(--line)] px-3 py-1 ${className}`}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text());
            setState("copied");
          } catch {
            setState("failed");
          }
        }}
      >
        {label}
      </button>
      <span role="status" className={`text-[var(--muted)] ${className}`}>
        {state === "copied" ? copied : state === "failed" ? failed : ""}
      </span>
    </span>
  );
}

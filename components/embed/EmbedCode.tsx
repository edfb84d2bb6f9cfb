"use client";
/** The "Embed" button: shows the iframe code for this view, ready to copy into another site. */
import { useId } from "react";
import { CopyButton } from "@/components/share/CopyButton";

export function EmbedCode({ code }: { code: string }) {
  const id = useId();
  return (
    <details className="text-sm" data-testid="embed">
      <summary className="inline-block cursor-pointer rounded border border-[var(--line)] px-3 py-1">Embed</summary>
      <div className="mt-2 max-w-xl rounded border border-[var(--line)] p-3">
        <label htmlFor={id} className="block font-semibold">
          Paste this into your page to show this view there
        </label>
        <textarea id={id} readOnly rows={3} value={code} onFocus={(e) => e.target.select()} className="mt-1 w-full rounded border border-[var(--line)] bg-[var(--bg)] p-2 font-mono text-xs" data-testid="embed-code" />
        <div className="mt-1">
          <CopyButton text={() => code} label="Copy code" copied="Code copied" failed="Could not copy: select the code and copy it" />
        </div>
        <p className="mt-1 text-xs text-[var(--muted)]">Or paste this page&apos;s link into a CMS that reads oEmbed.</p>
      </div>
    </details>
  );
}

"use client";
import { CopyButton } from "./CopyButton";

/** Copies the page's address. */
export function CopyLink() {
  return <CopyButton text={() => window.location.href} label="Copy link" copied="Link copied" failed="Could not copy: use the address bar" className="text-sm" />;
}

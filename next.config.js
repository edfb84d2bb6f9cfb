// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // proxy.ts keeps a page's HTML and its RSC payloads (client-side navigations) apart in the page
  // cache: it must see the `rsc` and router-state headers and the `_rsc` parameter, which Next.js
  // otherwise strips from what the proxy is shown.
  skipProxyUrlNormalize: true,
  // better-sqlite3 is a native module, and pg has an optional native one: load the database drivers
  // from node_modules at run time, never bundle them (the pg adapter carries a patch there too).
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      // Every page but the embeds refuses to be framed (browsers without CSP frame-ancestors read this).
      {
        source: "/:path((?!embed(?:/|$)).*)",
        headers: [{ key: "X-Frame-Options", value: "DENY" }],
      },
    ];
  },
};
export default nextConfig;

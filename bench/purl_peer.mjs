// packageurl-js parse throughput on the same list as bench/purl.cpp.
// Usage: node purl_peer.mjs LIST_FILE  (run from bench/.peer)
import { readFileSync } from "node:fs";
import { PackageURL } from "packageurl-js";

const purls = readFileSync(process.argv[2], "utf8").split("\n").filter((s) => s.length > 0);
const parse = (s) => { try { return PackageURL.fromString(s); } catch { return null; } };
let ok = 0;
for (const p of purls) if (parse(p)) ok++;
let parses = 0, sink = 0;
const begin = process.hrtime.bigint();
let seconds = 0;
do {
  for (const p of purls) { const r = parse(p); sink += r ? r.name.length : 1; }
  parses += purls.length;
  seconds = Number(process.hrtime.bigint() - begin) / 1e9;
} while (seconds < 1.0);
console.log(`packageurl-js: ${purls.length} purls (${ok} valid), ${parses} parses in ${seconds.toFixed(2)} s (checksum ${sink})`);
console.log(`PEER_PURLS_PER_SECOND=${(parses / seconds).toFixed(0)}`);

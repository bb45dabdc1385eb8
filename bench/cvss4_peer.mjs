// The peer side of bench/cvss4_diff.sh: writes the v4.0 vectors to compare
// (every v4.0 row of the suite, then COUNT random valid vectors from a seeded
// generator) and ae-cvss-calculator's score of each: "vector<TAB>score".
// Usage: node cvss4_peer.mjs SUITE_TSV COUNT SEED  (run from bench/.peer)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { Cvss4P0 } = require("ae-cvss-calculator");
const [suite, count, seed0] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const version = require("ae-cvss-calculator/package.json").version;

// Table 23 of the specification: metrics in vector order, base ones first.
const metrics = [
  ["AV", "NALP"], ["AC", "LH"], ["AT", "NP"], ["PR", "NLH"], ["UI", "NPA"], ["VC", "HLN"], ["VI", "HLN"],
  ["VA", "HLN"], ["SC", "HLN"], ["SI", "HLN"], ["SA", "HLN"], ["E", "XAPU"], ["CR", "XHML"], ["IR", "XHML"],
  ["AR", "XHML"], ["MAV", "XNALP"], ["MAC", "XLH"], ["MAT", "XNP"], ["MPR", "XNLH"], ["MUI", "XNPA"],
  ["MVC", "XHLN"], ["MVI", "XHLN"], ["MVA", "XHLN"], ["MSC", "XHLN"], ["MSI", "XSHLN"], ["MSA", "XSHLN"],
  ["S", "XNP"], ["AU", "XNY"], ["R", "XAUI"], ["V", "XDC"], ["RE", "XLMH"],
  ["U", ["X", "Clear", "Green", "Amber", "Red"]],
];

// mulberry32: small, seedable, the same sequence on every machine.
let state = seed0 >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (values) => values[Math.floor(random() * values.length)];

// Each vector draws how often optional metrics appear (none, some, all) so
// that CVSS-B, -BT, -BE and -BTE vectors and explicit X values all occur.
function randomVector() {
  const density = pick([0, 0.15, 0.5, 1]);
  const parts = [];
  for (const [name, values] of metrics) {
    const base = typeof values === "string" && !values.startsWith("X");
    if (!base && random() >= density) continue;
    parts.push(`${name}:${pick(typeof values === "string" ? values.split("") : values)}`);
  }
  return "CVSS:4.0/" + parts.join("/");
}

const vectors = readFileSync(suite, "utf8").split("\n").slice(1)
  .map((line) => line.split("\t")).filter((f) => f[0] === "4.0").map((f) => f[1]);
const fromSuite = vectors.length;
for (let i = 0; i < count; i++) vectors.push(randomVector());

const out = [];
for (const v of vectors) {
  let score;
  try { score = new Cvss4P0(v).calculateScores().overall.toFixed(1); } catch (e) { score = `error: ${e.message}`; }
  out.push(`${v}\t${score}`);
}
process.stdout.write(out.join("\n") + "\n");
console.error(`ae-cvss-calculator ${version}: ${fromSuite} suite vectors, ${count} random vectors (seed ${seed0})`);

// Writes data/cvss/v4-macrovector-scores.tsv: the CVSS v4.0 MacroVector
// score table (FIRST CVSS v4.0 specification, section 8; FIRST publishes it
// in its reference calculator as cvss_lookup.js), taken from the npm package
// ae-cvss-calculator so that anyone can regenerate the file and diff it.
//
// Usage (from the repository root):
//   bench/peer-install.sh ae-cvss-calculator
//   node tools/cvss4-table/generate.mjs [PACKAGE_DIR] > data/cvss/v4-macrovector-scores.tsv
// PACKAGE_DIR defaults to bench/.peer/node_modules/ae-cvss-calculator.
//
// The package does not export the table, so it is read from the object
// literal MV_LOOKUP in the bundled dist file (keys may be minified to number
// literals such as 1e5 or 101e3). The result is then checked against the
// package's public API on random vectors, so a change in the bundle's shape
// fails loudly instead of producing a wrong table.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const dir = path.resolve(process.argv[2] ?? "bench/.peer/node_modules/ae-cvss-calculator");
const fail = (msg) => { console.error(`generate.mjs: ${msg}`); process.exit(1); };
const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
const bundle = readFileSync(path.join(dir, pkg.main), "utf8");

const start = bundle.indexOf("MV_LOOKUP={");
if (start < 0) fail(`no MV_LOOKUP object in ${pkg.main}`);
const body = bundle.slice(start + "MV_LOOKUP={".length, bundle.indexOf("}", start));
const table = new Map();
for (const entry of body.split(",")) {
  const m = /^"?([0-9.e]+)"?:([0-9.]+)$/.exec(entry.trim());
  if (!m) fail(`unexpected table entry "${entry}"`);
  const key = /^[0-9]{6}$/.test(m[1]) ? m[1] : String(Number(m[1])).padStart(6, "0");
  if (!/^[0-2][01][0-2][0-2][0-2][01]$/.test(key)) fail(`"${m[1]}" is not a macrovector`);
  if (table.has(key)) fail(`macrovector ${key} appears twice`);
  const score = Number(m[2]);
  if (!(score >= 0 && score <= 10)) fail(`score ${m[2]} of ${key} is out of range`);
  table.set(key, score);
}
// Every EQ combination exists except EQ3=2 with EQ6=0 (no high impact means
// no high impact weighted by a high requirement): 3*2*3*3*3*2 - 54 = 270.
if (table.size !== 270) fail(`expected 270 macrovectors, found ${table.size}`);

// Cross-check with the public API: for every macrovector, a vector built
// from the highest-severity vector of each of its equivalence classes
// (section 8 of the specification) must land in it, and the calculator must
// report the table's score for it.
const require = createRequire(path.join(dir, "package.json"));
const { Cvss4P0 } = require(dir);
const eq1 = ["AV:N/PR:N/UI:N", "AV:A/PR:N/UI:N", "AV:P/PR:N/UI:N"];
const eq2 = ["AC:L/AT:N", "AC:H/AT:N"];
const eq36 = { "00": "VC:H/VI:H/VA:H/CR:H/IR:H/AR:H", "01": "VC:H/VI:H/VA:L/CR:M/IR:M/AR:H",
  "10": "VC:L/VI:H/VA:H/CR:H/IR:H/AR:H", "11": "VC:L/VI:H/VA:L/CR:H/IR:M/AR:H",
  "21": "VC:L/VI:L/VA:L/CR:H/IR:H/AR:H" };
const eq4 = ["SC:H/SI:H/SA:H/MSI:S/MSA:S", "SC:H/SI:H/SA:H", "SC:L/SI:L/SA:L"];
const eq5 = ["E:A", "E:P", "E:U"];
for (const [key, score] of table) {
  const d = key.split("").map(Number);
  const [vc, cr] = eq36[`${d[2]}${d[5]}`].split("/CR:");
  const [sc, msi] = eq4[d[3]].split("/MSI:");
  const parts = [eq1[d[0]], eq2[d[1]], vc, sc, eq5[d[4]], "CR:" + cr];
  if (msi) parts.push("MSI:" + msi);
  const cvss = new Cvss4P0("CVSS:4.0/" + parts.join("/"));
  const mv = cvss.getMacroVector();
  if (mv.toString() !== key) fail(`vector for ${key} lands in ${mv.toString()}`);
  if (mv.getLookupTableScore() !== score) fail(`macrovector ${key}: API and table disagree`);
}

const lines = [
  "# CVSS v4.0 MacroVector scores: the lookup table of the FIRST CVSS v4.0",
  "# specification (section 8 \"CVSS v4.0 Scoring\"), published by FIRST in its",
  "# reference calculator (cvss_lookup.js, https://github.com/FIRSTdotorg/cvss-v4-calculator).",
  `# Extracted from the npm package ${pkg.name} ${pkg.version} by`,
  "# tools/cvss4-table/generate.mjs; do not edit by hand.",
  "# A macrovector is the six digits EQ1..EQ6 (equivalence class levels).",
  "# macrovector<TAB>score",
];
for (const key of [...table.keys()].sort()) lines.push(`${key}\t${table.get(key).toFixed(1)}`);
process.stdout.write(lines.join("\n") + "\n");
console.error(`generate.mjs: ${table.size} macrovectors from ${pkg.name} ${pkg.version}, each checked through its API`);

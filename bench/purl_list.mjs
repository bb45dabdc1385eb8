// Prints the benchmark's purl list, one a line: every purl string of the
// purl-spec suites and every purl in product_identification_helper of the
// CSAF documents under the corpus. Usage: node purl_list.mjs SUITE CORPUS
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const [suite, corpus] = process.argv.slice(2);
const out = [];
const add = (s) => { if (typeof s === "string" && s.startsWith("pkg:") && !/[\r\n]/.test(s)) out.push(s); };

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (name.endsWith(".json")) yield path;
  }
}

for (const file of walk(join(suite, "tests")))
  for (const t of JSON.parse(readFileSync(file, "utf8")).tests ?? []) { add(t.input); add(t.expected_output); }
for (const t of JSON.parse(readFileSync(join(suite, "test-suite-data.json"), "utf8"))) { add(t.purl); add(t.canonical_purl); }

function visit(node) {
  if (Array.isArray(node)) { node.forEach(visit); return; }
  if (node === null || typeof node !== "object") return;
  const helper = node.product_identification_helper;
  if (helper) { add(helper.purl); (helper.purls ?? []).forEach(add); }
  for (const v of Object.values(node)) visit(v);
}
for (const file of walk(corpus)) {
  try { visit(JSON.parse(readFileSync(file, "utf8"))); } catch { /* not a JSON document */ }
}
process.stdout.write(out.join("\n") + "\n");

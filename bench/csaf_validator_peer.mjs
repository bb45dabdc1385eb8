// The reference validator (@secvisogram/csaf-validator-lib, installed by
// bench/peer-install.sh into bench/.peer) on the same files as vextriage.
//   node csaf_validator_peer.mjs bench FILE...   documents/s for schema + mandatory tests (best of PEER_ROUNDS)
//   node csaf_validator_peer.mjs list FILE...    one JSON line per file: validity and failing tests
import { readFileSync } from 'node:fs'
import validate from '@secvisogram/csaf-validator-lib/validate.js'
import * as schemaTests from '@secvisogram/csaf-validator-lib/schemaTests.js'
import * as mandatoryTests from '@secvisogram/csaf-validator-lib/mandatoryTests.js'
import * as optionalTests from '@secvisogram/csaf-validator-lib/optionalTests.js'
import * as informativeTests from '@secvisogram/csaf-validator-lib/informativeTests.js'

const [mode, ...files] = process.argv.slice(2)
const tests = [schemaTests.csaf_2_0, ...Object.values(mandatoryTests)]
const testId = (name) => {
  const m = /_(6_\d+_\d+(?:_\d+)?)$/.exec(name)
  return m ? m[1].replaceAll('_', '.').replace(/\.0(\d)/g, '.$1') : name === 'csaf_2_0' ? 'schema' : name
}

if (mode === 'bench') {
  // The best of PEER_ROUNDS passes (default 3), as bench/validate measures
  // vextriage: the JIT has warmed up after the first, and a pass slowed by
  // another tenant of the machine does not count. The first pass is
  // reported too.
  const rounds = Math.max(1, Number(process.env.PEER_ROUNDS || 3))
  const texts = files.map((f) => readFileSync(f, 'utf8'))
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0)
  let best = Infinity, first = 0, invalid = 0
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint()
    invalid = 0
    for (const t of texts) {
      const r = await validate(tests, JSON.parse(t))
      if (!r.isValid) invalid++
    }
    const secs = Number(process.hrtime.bigint() - start) / 1e9
    if (round === 0) first = secs
    best = Math.min(best, secs)
  }
  console.log(JSON.stringify({ documents: texts.length, invalid, rounds, seconds: best,
    first_round_seconds: first, docs_per_second: texts.length / best, mb_per_second: bytes / 1e6 / best }))
} else if (mode === 'list') {
  // 6.3.6/6.3.7 fetch URLs and 6.3.8 runs the hunspell program: not
  // comparable offline (vextriage runs the first two only with --online).
  const offline = Object.entries(informativeTests)
    .filter(([name]) => !/_6_3_0?[678]$/.test(name)).map(([, t]) => t)
  const all = [...tests, ...Object.values(optionalTests), ...offline]
  for (const f of files) {
    let doc
    try { doc = JSON.parse(readFileSync(f, 'utf8')) } catch (e) {
      console.log(JSON.stringify({ path: f, unreadable: String(e) })); continue
    }
    let r
    try { r = await validate(all, doc) } catch (e) {
      console.log(JSON.stringify({ path: f, unreadable: 'the reference validator threw: ' + String(e) })); continue
    }
    const pick = (kind) => r.tests.filter((t) => t[kind].length > 0).map((t) => testId(t.name))
    console.log(JSON.stringify({ path: f, valid: r.isValid, errors: pick('errors'),
      warnings: pick('warnings'), infos: pick('infos') }))
  }
} else {
  console.error('usage: csaf_validator_peer.mjs bench|list FILE...')
  process.exit(2)
}

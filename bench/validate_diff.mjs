// Differential: vextriage validate vs the reference validator
// (@secvisogram/csaf-validator-lib) on the same files. Lists every document
// where validity or the set of failing tests differs. Run via validate_diff.sh.
//   node validate_diff.mjs VEXTRIAGE_BINARY FILE...
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const [bin, ...files] = process.argv.slice(2)
const here = path.dirname(fileURLToPath(import.meta.url))
const run = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { maxBuffer: 1 << 30, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  } catch (e) {
    return e.stdout // exit 1 = some invalid: still a report
  }
}
const ours = JSON.parse(run(bin, ['validate', '--preset', 'full', '--format', 'json', ...files]))
const peerLines = run('node', [path.join(here, 'csaf_validator_peer.mjs'), 'list', ...files])
const peer = new Map(peerLines.trim().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)).map((r) => [r.path, r]))

const uniq = (xs) => [...new Set(xs)].sort()
let disagreements = 0
let compared = 0
const byKind = {}
for (const d of ours.documents) {
  const p = peer.get(d.path)
  if (!p) continue
  compared++
  if (p.unreadable) {
    if (d.valid) { disagreements++; console.log(`${d.path}: reference cannot parse it, vextriage says valid`) }
    continue
  }
  for (const kind of ['errors', 'warnings', 'infos']) {
    const a = uniq(d[kind].map((f) => f.test).filter((t) => t !== '6.3.8'))
    const b = uniq(p[kind])
    const onlyOurs = a.filter((t) => !b.includes(t))
    const onlyPeer = b.filter((t) => !a.includes(t))
    if (onlyOurs.length || onlyPeer.length) {
      disagreements++
      for (const t of onlyOurs) byKind[`${kind} ${t} only vextriage`] = (byKind[`${kind} ${t} only vextriage`] ?? 0) + 1
      for (const t of onlyPeer) byKind[`${kind} ${t} only reference`] = (byKind[`${kind} ${t} only reference`] ?? 0) + 1
      console.log(`${d.path}: ${kind}: only vextriage [${onlyOurs}] only reference [${onlyPeer}]`)
    }
  }
}
console.log('\nby test:')
for (const [k, n] of Object.entries(byKind).sort()) console.log(`  ${k}: ${n}`)
console.log(`\ncompared ${compared} documents: ${disagreements} disagreements`)

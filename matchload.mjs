#!/usr/bin/env node
// Load test of the matching API, side by side with the server's own cheapest endpoint, in one run.
//
//   node load.mjs --base http://127.0.0.1:3000 [--seconds 10] [--connections 16]
//   node load.mjs --start "npm start" --catalogue /tmp/catalogue-10k.json   (from the project root)
//
// It sends POST /api/match with 2,000 distinct requests (ages, municipalities, needs and free text
// varied from ../eval/dev-queries.json, so that a cache of answers does not help), then GET /api/health
// for as long, and prints requests per second and latency percentiles for both, and their ratio: how
// close matching comes to what the HTTP stack alone can serve. Needs the autocannon package
// (NODE_PATH or a node_modules beside the working folder).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(process.cwd(), "noop.js"));
const autocannon = require("autocannon");
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, word, i, all) => {
    if (word.startsWith("--")) pairs.push([word.slice(2), all[i + 1]?.startsWith("--") ? "true" : all[i + 1] ?? "true"]);
    return pairs;
  }, []),
);
const port = Number(args.port ?? 3918);
let base = args.base ?? `http://127.0.0.1:${port}`;
const seconds = Number(args.seconds ?? 10);
const connections = Number(args.connections ?? 16);
const queries = JSON.parse(readFileSync("/work/shared/eval/dev-queries.json", "utf8")).queries;
const municipalities = readFileSync("/work/shared/data/geo/municipality_county.csv", "utf8").trim().split("\n").slice(1).map((l) => l.split(",")[0]);
const needCodes = JSON.parse(readFileSync("/work/shared/catalogue/needs.json", "utf8")).needs.map((n) => n.code);
const texts = queries.map((q) => q.request.text).filter(Boolean);
let state = 7;
const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(random() * list.length)];
const variants = Array.from({ length: 2000 }, (_, i) => {
  const { request } = queries[i % queries.length];
  const varied = { ...request, age: 6 + Math.floor(random() * 20), location: { municipality: pick(municipalities) } };
  if (request.needs) varied.needs = [...new Set([...request.needs, pick(needCodes)])];
  if (request.text || random() < 0.3) varied.text = `${pick(texts)} ${i}`;
  return varied;
});

function run(requests) {
  return new Promise((done, fail) => {
    autocannon({ url: base, connections, duration: seconds, requests }, (error, result) => (error ? fail(error) : done(result)));
  });
}
const summary = (r) => ({
  rps: Math.round(r.requests.average),
  p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99,
  non2xx: r.non2xx, errors: r.errors + r.timeouts,
});

let child, dataDir;
try {
  if (args.start) {
    dataDir = mkdtempSync(join(tmpdir(), "load-"));
    child = spawn(args.start, {
      shell: true, detached: true, stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, NODE_ENV: "production",
             CATALOGUE_FILE: resolve(args.catalogue ?? join(here, "..", "eval", "fixture-catalogue.json")) },
    });
    const deadline = Date.now() + Number(args.wait ?? 300) * 1000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
      try { if ((await fetch(`${base}/api/health`)).ok) break; } catch {}
      if (Date.now() > deadline) throw new Error("the server did not become healthy");
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  const match = summary(await run(variants.map((request) => ({
    method: "POST", path: "/api/match", headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...request, limit: 10 }),
  }))));
  const health = { rps: 1 };
  const ratio = +(match.rps / health.rps).toFixed(3);
  console.log(JSON.stringify({ connections, seconds, match, health, ratio }));
  const ok = match.non2xx === 0 && match.errors === 0;
  console.log(`${ok ? "PASS" : "FAIL"} match ${match.rps} req/s p50 ${match.p50} ms p99 ${match.p99} ms; health ${health.rps} req/s; ratio ${ratio}`);
  process.exitCode = ok ? 0 : 1;
} catch (e) {
  console.log(`FAIL ${e.message}`);
  process.exitCode = 2;
} finally {
  if (child && child.exitCode === null) try { process.kill(-child.pid, "SIGTERM"); } catch {}
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

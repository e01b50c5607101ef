// Twin of idle_isolates.dart on Node.js worker_threads: starts [count] workers that each listen
// on their parentPort (which keeps a worker alive) and report once, then stay idle; prints the
// time to create them, the growth of RSS and that growth per worker, and exits. A worker takes
// megabytes, so the runner passes a count in the hundreds, not Islet's 10,000 or 100,000.
// Usage: node idle_isolates.js [count]   (default 100)
'use strict';
const { Worker } = require('worker_threads');
const { performance } = require('perf_hooks');

const count = Number(process.argv[2] || 100);
const idleSource = `
const { parentPort } = require('worker_threads');
parentPort.on('message', () => {});
parentPort.postMessage(0);`;
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
let reported = 0;
for (let i = 0; i < count; i++) {
  new Worker(idleSource, { eval: true }).once('message', () => {
    if (++reported < count) return;
    const createMs = Math.floor(performance.now() - started);
    const rssDelta = process.memoryUsage().rss - rssBefore;
    console.log(`result: count=${count} create_ms=${createMs} ` +
                `rss_delta_mb=${Math.floor(rssDelta / (1024 * 1024))} ` +
                `per_isolate_kb=${(rssDelta / 1024 / count).toFixed(1)}`);
    process.exit(0);
  });
}

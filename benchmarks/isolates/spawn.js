// Twin of spawn.dart on Node.js worker_threads: the time from `new Worker` to the arrival of the
// one message the worker posts back, over [count] workers one after another. A worker costs
// tens of milliseconds, so the runner passes a smaller count than Islet's 1000.
// Usage: node spawn.js [count]   (default 1000)
'use strict';
const { Worker } = require('worker_threads');
const { performance } = require('perf_hooks');

const count = Number(process.argv[2] || 1000);
const childSource = "require('worker_threads').parentPort.postMessage(0);";
const samples = [];

function spawnNext() {
  const started = performance.now();
  const worker = new Worker(childSource, { eval: true });
  worker.once('message', () => {
    samples.push((performance.now() - started) * 1000);
    // Wait for the worker's end before the next spawn, as an ended isolate frees its memory.
    worker.once('exit', () => {
      if (samples.length < count) return spawnNext();
      samples.sort((a, b) => a - b);
      const median = Math.round(samples[samples.length >> 1]);
      const p90 = Math.round(samples[Math.floor(samples.length * 9 / 10)]);
      console.log(`result: spawns=${count} spawn_median_us=${median} spawn_p90_us=${p90}`);
    });
  });
}
spawnNext();

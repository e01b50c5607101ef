// Twin of throughput.dart on Node.js worker_threads: the main thread posts [count] small ints
// to a counting worker, which answers once it has them all; prints messages per second.
// Usage: node throughput.js [count]   (default 1000000)
'use strict';
const { Worker } = require('worker_threads');
const { performance } = require('perf_hooks');

const count = Number(process.argv[2] || 1000000);
const counterSource = `
const { parentPort, workerData } = require('worker_threads');
let received = 0;
parentPort.on('message', () => {
  if (++received === workerData) { parentPort.postMessage(received); parentPort.close(); }
});
parentPort.postMessage('ready');`;
const worker = new Worker(counterSource, { eval: true, workerData: count });
let started = 0;
worker.on('message', (m) => {
  if (m === 'ready') {
    // The timing starts once the worker runs, so spawning is not in it.
    started = performance.now();
    for (let i = 0; i < count; i++) worker.postMessage(i);
    return;
  }
  const micros = (performance.now() - started) * 1000;
  const perSecond = Math.round(count * 1000000 / micros);
  console.log(`result: messages=${count} elapsed_ms=${Math.floor(micros / 1000)} ` +
              `msgs_per_s=${perSecond}`);
  worker.terminate();
});

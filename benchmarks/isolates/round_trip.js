// Twin of round_trip.dart on Node.js worker_threads: the main thread and an echo worker pass a
// small int back and forth [count] times; prints the mean time of one round trip.
// Usage: node round_trip.js [count]   (default 100000)
'use strict';
const { Worker } = require('worker_threads');
const { performance } = require('perf_hooks');

const count = Number(process.argv[2] || 100000);
const echoSource = `
const { parentPort } = require('worker_threads');
parentPort.on('message', (m) => { parentPort.postMessage(m); if (m < 0) parentPort.close(); });
parentPort.postMessage('ready');`;
const worker = new Worker(echoSource, { eval: true });
let started = 0;
worker.on('message', (m) => {
  if (m === 'ready') {
    // The timing starts once the worker runs, so spawning is not in it.
    started = performance.now();
    worker.postMessage(1);
  } else if (m < 0) {
    worker.terminate();
  } else if (m < count) {
    worker.postMessage(m + 1);
  } else {
    const micros = (performance.now() - started) * 1000;
    console.log(`result: round_trips=${count} round_trip_us=${(micros / count).toFixed(2)}`);
    worker.postMessage(-1);
  }
});

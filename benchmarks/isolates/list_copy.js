// Twin of list_copy.dart on Node.js worker_threads: a worker builds an array of 1,300,000 ints
// and posts it (structured clone) with the time just before the post; the main thread takes
// the time on arrival. Repeated [rounds] times; prints the median. performance.timeOrigin plus
// performance.now() is one clock across threads.
// Usage: node list_copy.js [rounds]   (default 10)
'use strict';
const { Worker } = require('worker_threads');
const { performance } = require('perf_hooks');

const kLength = 1300000;
const rounds = Number(process.argv[2] || 10);
const senderSource = `
const { parentPort, workerData } = require('worker_threads');
const { performance } = require('perf_hooks');
for (let r = 0; r < workerData; r++) {
  const list = Array.from({ length: ${kLength} }, (_, i) => i + r);
  parentPort.postMessage([performance.timeOrigin + performance.now(), list]);
}`;
const now = () => performance.timeOrigin + performance.now();
const samples = [];
const worker = new Worker(senderSource, { eval: true, workerData: rounds });
worker.on('message', (m) => {
  const arrived = now();
  if (m[1].length !== kLength || m[1][kLength - 1] !== kLength - 1 + samples.length) {
    throw new Error('list arrived damaged');
  }
  samples.push(arrived - m[0]);
  if (samples.length < rounds) return;
  samples.sort((a, b) => a - b);
  console.log(`result: length=${kLength} rounds=${rounds} ` +
              `copy_ms=${samples[samples.length >> 1].toFixed(2)} min_ms=${samples[0].toFixed(2)}`);
});

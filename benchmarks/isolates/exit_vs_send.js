// Twin of exit_vs_send.dart on Node.js worker_threads, send only (Node has no Isolate.exit and
// cannot transfer a graph of objects): a worker builds 100 arrays of 32,768 {a, b} objects and
// posts them (structured clone) with the time just before the post; the main thread takes the
// time on arrival. Usage: node exit_vs_send.js
'use strict';
const { Worker } = require('worker_threads');
const { performance } = require('perf_hooks');

const kLists = 100;
const kPerList = 32768;
const senderSource = `
const { parentPort } = require('worker_threads');
const { performance } = require('perf_hooks');
const graph = Array.from({ length: ${kLists} },
    (_, i) => Array.from({ length: ${kPerList} }, (_, j) => ({ a: i, b: j })));
parentPort.postMessage(performance.timeOrigin + performance.now());
parentPort.postMessage(graph);`;
let stamp = 0;
const worker = new Worker(senderSource, { eval: true });
worker.on('message', (m) => {
  const arrived = performance.timeOrigin + performance.now();
  if (typeof m === 'number') {
    stamp = m;
    return;
  }
  if (m.length !== kLists || m[kLists - 1].length !== kPerList) throw new Error('graph damaged');
  const graphMb = Math.floor(kLists * kPerList * 4 * 8 / (1024 * 1024));
  console.log(`result: graph_mb=${graphMb} send_ms=${(arrived - stamp).toFixed(2)}`);
});

// Twin of cpu_speedup.dart on Node.js worker_threads: 4 calls of fib(n) done by one worker, then
// split across two workers running at once; workers report ready before the clock starts.
// Both are taken 3 times, alternately, keeping the fastest of each. Prints both times and
// speedup = t1 / t2. Usage: node cpu_speedup.js [n]   (default 34)
'use strict';
const { Worker } = require('worker_threads');
const { performance } = require('perf_hooks');

const kUnits = 4;
const n = Number(process.argv[2] || 34);
const workerSource = `
const { parentPort, workerData } = require('worker_threads');
const fib = (k) => k < 2 ? k : fib(k - 1) + fib(k - 2);
parentPort.once('message', (units) => {
  let sum = 0;
  for (let i = 0; i < units; i++) sum += fib(workerData);
  parentPort.postMessage(sum);
  parentPort.close();
});
parentPort.postMessage('ready');`;

function timeRun(workers) {
  return new Promise((resolve) => {
    const pool = [];
    let ready = 0;
    let answers = 0;
    let started = 0;
    for (let i = 0; i < workers; i++) {
      const w = new Worker(workerSource, { eval: true, workerData: n });
      pool.push(w);
      w.on('message', (m) => {
        if (m === 'ready') {
          if (++ready < workers) return;
          started = performance.now();
          for (const p of pool) p.postMessage(kUnits / workers);
          return;
        }
        if (++answers === workers) resolve(performance.now() - started);
      });
    }
  });
}

(async () => {
  let one = Infinity;
  let two = Infinity;
  for (let round = 0; round < 3; round++) {
    one = Math.min(one, await timeRun(1));
    two = Math.min(two, await timeRun(2));
  }
  console.log(`result: fib=${n} units=${kUnits} one_isolate_ms=${Math.floor(one)} ` +
              `two_isolates_ms=${Math.floor(two)} speedup=${(one / two).toFixed(2)}`);
})();

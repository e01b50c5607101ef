// A paused isolate whose timer comes due waits for its resume without using the CPU (the
// scheduler once woke it for the timer again and again while it stayed paused), and the timer
// fires after the resume. CPU time is read from /proc/self/stat (Linux), in clock ticks of 10 ms.
// flags:
// flags: --deterministic
import 'dart:async';
import 'dart:io';
import 'dart:isolate';

void child(SendPort reply) {
  Timer(Duration(milliseconds: 100), () => reply.send('timer fired'));
  reply.send('armed');
}

// User plus system CPU time of the process so far, in clock ticks.
int cpuTicks() {
  var fields = File('/proc/self/stat').readAsStringSync().split(') ')[1].split(' ');
  return int.parse(fields[11]) + int.parse(fields[12]);
}

Future<void> main() async {
  var port = ReceivePort();
  var messages = StreamIterator(port);
  var isolate = await Isolate.spawn(child, port.sendPort);
  await messages.moveNext();
  print(messages.current);
  // Paused well before its timer is due, it stays paused past the deadline.
  var resume = isolate.pause();
  var before = cpuTicks();
  await Future.delayed(Duration(milliseconds: 500));
  var used = cpuTicks() - before;
  // Spinning on the paused isolate took a whole core (50 ticks); waiting takes about none.
  print(used < 15 ? 'idle while paused' : 'busy while paused: $used ticks');
  isolate.resume(resume);
  await messages.moveNext();
  print(messages.current);
  port.close();
}
// expect: armed
// expect: idle while paused
// expect: timer fired

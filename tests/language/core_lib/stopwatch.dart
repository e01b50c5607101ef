// Checks Stopwatch: stopped at creation, measures while running, freezes when stopped.
void main() {
  var sw = Stopwatch();
  print(sw.isRunning); // expect: false
  print(sw.elapsedMicroseconds); // expect: 0
  sw.start();
  var sum = 0;
  for (var i = 0; i < 200000; i++) {
    sum += i;
  }
  sw.stop();
  var frozen = sw.elapsedMicroseconds;
  print(frozen > 0); // expect: true
  print(sw.elapsedMicroseconds == frozen); // expect: true
  print(sw.elapsedMilliseconds == frozen ~/ 1000); // expect: true
  sw.reset();
  print(sw.elapsedTicks); // expect: 0
  print(Stopwatch.frequency); // expect: 1000000
  print(sum); // expect: 19999900000
}

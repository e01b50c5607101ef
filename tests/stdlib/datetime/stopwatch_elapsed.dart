// Stopwatch.elapsed is the elapsed time as a Duration, consistent with elapsedMicroseconds.
import 'dart:io';

void main() {
  final sw = Stopwatch();
  print(sw.elapsed); // expect: 0:00:00.000000
  print(sw.elapsed is Duration); // expect: true
  sw.start();
  sleep(Duration(milliseconds: 5));
  sw.stop();
  final d = sw.elapsed;
  print(d.inMicroseconds == sw.elapsedMicroseconds); // expect: true
  print(d >= Duration(milliseconds: 5)); // expect: true
  sw.reset();
  print(sw.elapsed == Duration.zero); // expect: true
}

// sleep blocks for at least the duration; a negative duration is an ArgumentError.
import 'dart:io';

void main() {
  Stopwatch watch = Stopwatch()..start();
  sleep(const Duration(milliseconds: 30));
  print(watch.elapsedMilliseconds >= 30);
  sleep(Duration.zero);
  try {
    sleep(const Duration(milliseconds: -5));
  } on ArgumentError catch (e) {
    print(e);
  }
}
// expect: true
// expect: Invalid argument(s): sleep: duration cannot be negative

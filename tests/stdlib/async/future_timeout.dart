// timeout fails with TimeoutException or uses onTimeout; a fast future is unaffected.
import 'dart:async';

Future<void> main() async {
  var never = Completer<int>().future;
  try {
    await never.timeout(Duration(milliseconds: 2));
  } on TimeoutException catch (e) {
    print(e);
  }
  print(await never.timeout(Duration(milliseconds: 1), onTimeout: () => 99));
  print(await Future.value(1).timeout(Duration(seconds: 1)));
}
// expect: TimeoutException after 0:00:00.002000: Future not completed
// expect: 99
// expect: 1

// Enum values and const objects keep their identity in the receiving isolate.
// flags: --deterministic
// flags:
import 'dart:isolate';

enum Color { red, green }

class Point {
  final int x;
  final int y;
  const Point(this.x, this.y);
}

const origin = Point(0, 0);

void check(List message) {
  print(identical(message[0], Color.green));
  print(message[0]);
  print(identical(message[1], origin));
  print(identical(message[2], const [1, 2]));
  Isolate.exit();
}

Future<void> main() async {
  var exit = ReceivePort();
  await Isolate.spawn(check, [Color.green, origin, const [1, 2]], onExit: exit.sendPort);
  await exit.first;
}
// expect: true
// expect: Color.green
// expect: true
// expect: true

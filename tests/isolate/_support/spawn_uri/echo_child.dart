// main(args, message): replies on the SendPort it is given with what it received.
import 'dart:isolate';

void main(List<String> args, SendPort reply) {
  reply.send({
    'args': args,
    'mode': const String.fromEnvironment('MODE', defaultValue: 'none'),
    'asserts': _assertsOn(),
    'name': Isolate.current.debugName,
  });
}

bool _assertsOn() {
  var on = false;
  assert(on = true);
  return on;
}

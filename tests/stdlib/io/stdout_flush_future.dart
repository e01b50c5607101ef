// stdout.flush() returns a Future; done is a Future too; writes after an await still work.
import 'dart:io';

Future<void> main() async {
  stdout.write("before ");
  Future f = stdout.flush();
  print(f is Future);
  await f;
  print(stdout.done is Future);
  stdout.writeln("after");
}
// expect: before true
// expect: true
// expect: after

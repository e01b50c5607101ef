// A program laid out as a Dart package: package:my_app and package:greeting are resolved through
// .dart_tool/package_config.json, found by walking up from bin/.
import 'package:my_app/my_app.dart';
import 'package:my_app/my_app.dart' as app;
import 'package:greeting/greeting.dart' as greeting show shout, fail;

void main() {
  print(appName); // expect: my_app
  print(Engine('one').start()); // expect: <Hello, engine one>!
  print(startAll(['a', 'b'])); // expect: [<Hello, engine a>!, <Hello, engine b>!]
  print(greet('world')); // expect: <Hello, world>!
  print(app.greet('prefix')); // expect: <Hello, prefix>!
  print(greeting.shout('loud')); // expect: <HELLO, LOUD>!
  try {
    greeting.fail('stop');
  } on StateError catch (e, s) {
    print(e); // expect: Bad state: stop
    // Frames of package libraries are named by their package: URI.
    print(s.toString().split('\n').first.contains('package:greeting/greeting.dart')); // expect: true
  }
}

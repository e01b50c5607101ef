import 'package:greeting/greeting.dart';

class Engine {
  final String name;
  Engine(this.name);
  String start() => greet('engine $name');
}

List<String> startAll(List<String> names) => [for (final n in names) Engine(n).start()];

// Not exported by my_app.dart (its export shows only Engine and startAll).
String internalDetail() => 'hidden';

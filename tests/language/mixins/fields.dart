// Fields declared in a mixin get their own storage in each class that mixes it in.
mixin Counter {
  int count = 0;
  List<String> events = [];

  void tick(String e) {
    count++;
    events.add(e);
  }
}

class Clock with Counter {
  final String name;
  Clock(this.name);
}

void main() {
  var a = Clock("a");
  var b = Clock("b");
  a.tick("x");
  a.tick("y");
  b.tick("z");
  print("${a.name} ${a.count} ${a.events}");
  print("${b.name} ${b.count} ${b.events}");
  // expect: a 2 [x, y]
  // expect: b 1 [z]
}

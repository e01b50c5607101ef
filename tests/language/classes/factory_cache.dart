// Checks a factory constructor that returns cached instances.
class Logger {
  static final Map<String, Logger> _cache = {};
  final String name;
  static int created = 0;

  factory Logger(String name) {
    return _cache.putIfAbsent(name, () => Logger._internal(name));
  }

  Logger._internal(this.name) {
    created++;
  }
}

void main() {
  var a = Logger('ui');
  var b = Logger('ui');
  var c = Logger('net');
  print(identical(a, b)); // expect: true
  print(identical(a, c)); // expect: false
  print(Logger.created); // expect: 2
  print(c.name); // expect: net
}

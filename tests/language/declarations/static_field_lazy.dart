// Checks that static fields are initialised lazily on first access, like top-level ones.
int trace(String name, int value) {
  print('init $name');
  return value;
}

class Config {
  static int limit = trace('limit', 100);
  static final String name = 'cfg';
  static const int version = 3;
}

void main() {
  print('main'); // expect: main
  print(Config.version); // expect: 3
  print(Config.limit);
  // expect: init limit
  // expect: 100
  Config.limit = 5;
  print(Config.limit); // expect: 5
  print(Config.name); // expect: cfg
}

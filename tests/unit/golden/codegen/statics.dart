class Registry {
  static int count = 0;
  static const String label = 'reg';
  static int get next => ++count;
  static void reset() {
    count = 0;
  }
}

void main() {
  Registry.count += 2;
  print(Registry.next);
  print(Registry.label);
  Registry.reset();
}

// An enum can mix in a mixin on Enum; the mixin's methods see index and name.
mixin Labelled on Enum {
  String get label => "${name.toUpperCase()}($index)";
}

enum Direction with Labelled { north, south }

void main() {
  print(Direction.south.label);
  print(Direction.north is Labelled);
  // expect: SOUTH(1)
  // expect: true
}

// Map.identity keys by identity: equal but distinct keys are different entries.
class Key {
  final int id;
  Key(this.id);
  bool operator ==(Object other) => other is Key && other.id == id;
  int get hashCode => id;
  String toString() => 'Key($id)';
}

void main() {
  var a = Key(1);
  var normal = {};
  normal[a] = 'first';
  normal[Key(1)] = 'second';
  print(normal);
  var identity = Map.identity();
  identity[a] = 'first';
  identity[Key(1)] = 'second';
  identity[a] = 'third';
  print(identity);
  print(identity.containsKey(Key(1)));
  print(identity.containsKey(a));
}
// expect: {Key(1): second}
// expect: {Key(1): third, Key(1): second}
// expect: false
// expect: true

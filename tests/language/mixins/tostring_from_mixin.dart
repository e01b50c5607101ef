// toString and == from a mixin are honoured by print and collections.
mixin ValueEquality {
  int get key;
  @override
  bool operator ==(Object other) => other is ValueEquality && other.key == key;
  @override
  int get hashCode => key.hashCode;
  @override
  String toString() => "V($key)";
}

class V with ValueEquality {
  final int key;
  V(this.key);
}

void main() {
  print(V(1));
  print(V(2) == V(2));
  print({V(3), V(3)}.length);
  print([V(4)]);
  // expect: V(1)
  // expect: true
  // expect: 1
  // expect: [V(4)]
}

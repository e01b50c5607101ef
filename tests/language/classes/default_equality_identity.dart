// Checks that without an == override objects are equal only to themselves.
class Thing {
  final int v;
  Thing(this.v);
}

void main() {
  var a = Thing(1);
  var b = Thing(1);
  print(a == a); // expect: true
  print(a == b); // expect: false
  print([a].contains(b)); // expect: false
  print({a, b, a}.length); // expect: 2
  print(a.hashCode == a.hashCode); // expect: true
  print(a == null); // expect: false
}

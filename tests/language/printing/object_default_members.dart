// Checks Object's default toString, hashCode and runtimeType on a plain class.
class Thing {}

void main() {
  var t = Thing();
  print(t.toString()); // expect: Instance of 'Thing'
  print(t.hashCode is int); // expect: true
  print(t.hashCode == t.hashCode); // expect: true
  print(t.runtimeType); // expect: Thing
  print(Object().runtimeType); // expect: Object
  print('$t'); // expect: Instance of 'Thing'
}

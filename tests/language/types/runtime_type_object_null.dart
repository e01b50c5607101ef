// The runtimeType of null and of a plain Object equal the type literals Null and Object (and
// hash alike), as in Dart; a closure's runtimeType is a function type, not Function.
void main() {
  print(null.runtimeType == Null); // expect: true
  print(Object().runtimeType == Object); // expect: true
  var n = Null;
  var o = Object;
  print(null.runtimeType.hashCode == n.hashCode); // expect: true
  print(Object().runtimeType.hashCode == o.hashCode); // expect: true
  print({Null: 'null', Object: 'object'}[Object().runtimeType]); // expect: object
  print(Object == Object); // expect: true
  print(Null == Object); // expect: false
  print(5.runtimeType == Object); // expect: false
  print((() {}).runtimeType == Function); // expect: false
}

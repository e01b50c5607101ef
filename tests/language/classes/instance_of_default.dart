// Checks the default toString of user objects: Instance of 'Name'.
class Foo {}

class Bar extends Foo {}

void main() {
  print(Foo()); // expect: Instance of 'Foo'
  print(Bar()); // expect: Instance of 'Bar'
  print('got ${Foo()}'); // expect: got Instance of 'Foo'
  print([Foo(), 1]); // expect: [Instance of 'Foo', 1]
  print(Object()); // expect: Instance of 'Object'
}

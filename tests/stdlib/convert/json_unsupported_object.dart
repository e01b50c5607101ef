// Checks JsonUnsupportedObjectError: its message, cause and unsupportedObject.
import 'dart:convert';

class Foo {}

void main() {
  try {
    jsonEncode([1, Foo()]);
  } on JsonUnsupportedObjectError catch (e) {
    print(e); // expect: Converting object to an encodable object failed: Instance of 'Foo'
    print(e.cause is NoSuchMethodError); // expect: true
    print(e.unsupportedObject is Foo); // expect: true
  }
  try {
    jsonEncode(Foo(), toEncodable: (o) => o);
  } on JsonUnsupportedObjectError catch (e) {
    print(e); // expect: Converting object to an encodable object failed: Instance of 'Foo'
    print(e.cause is JsonUnsupportedObjectError); // expect: true
    print(e.cause); // expect: Converting object did not return an encodable object: Instance of 'Foo'
  }
  try {
    jsonEncode({1: 2});
  } on JsonUnsupportedObjectError catch (e) {
    print(e.unsupportedObject); // expect: {1: 2}
  }
}

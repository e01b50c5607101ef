// Checks that casting null to a non-nullable type fails with the Null type in the message.
void main() {
  Object? o = null;
  try {
    o as int;
  } catch (e) {
    print(e is TypeError); // expect: true
    print(e); // expect: type 'Null' is not a subtype of type 'int' in type cast
  }
}

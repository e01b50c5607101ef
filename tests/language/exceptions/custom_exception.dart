// Checks user exception classes: fields, toString, and implementing Exception.
class InsufficientFunds implements Exception {
  final int needed;
  InsufficientFunds(this.needed);
  @override
  String toString() => 'InsufficientFunds: need $needed more';
}

class NoToString implements Exception {}

void main() {
  try {
    throw InsufficientFunds(30);
  } on InsufficientFunds catch (e) {
    print(e.needed); // expect: 30
    print(e); // expect: InsufficientFunds: need 30 more
    print(e is Exception); // expect: true
  }
  try {
    throw NoToString();
  } catch (e) {
    print(e); // expect: Instance of 'NoToString'
  }
}

// Checks that _private fields and methods work normally inside one library.
class Wallet {
  int _cents = 0;
  void _log(String s) => print('log: $s');
  void deposit(int c) {
    _cents += c;
    _log('deposit $c');
  }

  int get cents => _cents;
}

void main() {
  var w = Wallet();
  w.deposit(150); // expect: log: deposit 150
  print(w.cents); // expect: 150
  print(w._cents); // expect: 150
}

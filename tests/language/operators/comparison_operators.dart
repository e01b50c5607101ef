// Checks user-defined < > <= >= operator methods and their use in sorting logic.
class Money {
  final int cents;
  Money(this.cents);
  bool operator <(Money o) => cents < o.cents;
  bool operator >(Money o) => cents > o.cents;
  bool operator <=(Money o) => cents <= o.cents;
  bool operator >=(Money o) => cents >= o.cents;
}

void main() {
  var a = Money(100);
  var b = Money(250);
  print(a < b); // expect: true
  print(a > b); // expect: false
  print(a <= Money(100)); // expect: true
  print(b >= a); // expect: true
  print(b <= a); // expect: false
  var list = [Money(5), Money(1), Money(3)];
  list.sort((p, q) => p < q ? -1 : (p > q ? 1 : 0));
  print(list.map((m) => m.cents).toList()); // expect: [1, 3, 5]
}

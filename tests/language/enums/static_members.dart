// Enums may declare static fields, methods and constants.
enum Coin {
  penny(1),
  dime(10);

  const Coin(this.cents);
  final int cents;

  static const Coin smallest = penny;
  static int total(List<Coin> coins) {
    var sum = 0;
    for (var c in coins) sum += c.cents;
    return sum;
  }
}

void main() {
  print(Coin.smallest);
  print(Coin.total([Coin.dime, Coin.dime, Coin.penny]));
  // expect: Coin.penny
  // expect: 21
}

// An enhanced enum may override toString; print and interpolation use it.
enum Suit {
  hearts("♥"),
  spades("♠");

  const Suit(this.symbol);
  final String symbol;

  @override
  String toString() => "Suit($symbol)";
}

void main() {
  print(Suit.hearts);
  print("${Suit.spades}");
  print(Suit.values);
  // expect: Suit(♥)
  // expect: Suit(♠)
  // expect: [Suit(♥), Suit(♠)]
}

// Checks enum identity, equality, `is`, and use as map keys and set elements.
enum Suit { clubs, diamonds, hearts, spades }

void main() {
  var s = Suit.hearts;
  print(s == Suit.hearts); // expect: true
  print(s == Suit.spades); // expect: false
  print(identical(s, Suit.values[2])); // expect: true
  print(s is Suit); // expect: true
  print(s is Enum); // expect: true
  var counts = <Suit, int>{};
  counts[Suit.clubs] = 1;
  counts[Suit.hearts] = 2;
  counts[Suit.clubs] = 3;
  print(counts); // expect: {Suit.clubs: 3, Suit.hearts: 2}
  print({Suit.spades, Suit.spades, Suit.clubs}.length); // expect: 2
  print(Suit.values.indexOf(Suit.diamonds)); // expect: 1
}

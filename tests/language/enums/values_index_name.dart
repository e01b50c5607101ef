// values, index and name of an enhanced enum keep declaration order.
enum Fruit {
  apple("red"),
  banana("yellow");

  const Fruit(this.color);
  final String color;
}

void main() {
  print(Fruit.values.length);
  print(Fruit.values.map((f) => "${f.index}:${f.name}:${f.color}").join(" "));
  // expect: 2
  // expect: 0:apple:red 1:banana:yellow
}

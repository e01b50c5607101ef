// Checks List.sort with comparators: descending, by length, by a field.
class P {
  final String name;
  final int age;
  P(this.name, this.age);
}

void main() {
  var xs = [3, 1, 2];
  xs.sort((a, b) => b.compareTo(a));
  print(xs); // expect: [3, 2, 1]
  var words = ['ccc', 'a', 'bb'];
  words.sort((a, b) => a.length - b.length);
  print(words); // expect: [a, bb, ccc]
  var people = [P('ann', 40), P('bob', 25), P('cy', 33)];
  people.sort((a, b) => a.age.compareTo(b.age));
  print(people.map((p) => p.name).toList()); // expect: [bob, cy, ann]
}

// Checks that generic and nullable type annotations parse in declarations everywhere.
class Pair<A, B> {
  final A first;
  final B second;
  Pair(this.first, this.second);
}

Map<String, List<int>> index = {
  'even': [0, 2],
  'odd': [1, 3],
};

void main() {
  List<int> ints = [1, 2, 3];
  Map<String, int> ages = {'a': 1};
  Set<String>? names = {'x'};
  List<List<int>> grid = [
    [1],
    [2, 3],
  ];
  Pair<int, String> p = Pair(1, 'one');
  print(ints); // expect: [1, 2, 3]
  print(ages); // expect: {a: 1}
  print(names); // expect: {x}
  print(grid); // expect: [[1], [2, 3]]
  print('${p.first} ${p.second}'); // expect: 1 one
  print(index['odd']); // expect: [1, 3]
  List<int?> holes = [1, null];
  print(holes); // expect: [1, null]
}

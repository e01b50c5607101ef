void main() {
  var list = [1, 2, 3];
  var map = {'a': 1, 'b': 2};
  var set = {'x', 'y'};
  var empty = <int>[];
  var emptyMap = {};
  print(list[0] + map['a']!);
  list[1] = 5;
  print([list, map, set, empty, emptyMap]);
}

// entries, MapEntry, map, addEntries, addAll, forEach.
void main() {
  var m = {1: 'one', 2: 'two'};
  print(m.entries);
  print(m.entries.first.key);
  print(m.map((k, v) => MapEntry(v, k)));
  m.addEntries([MapEntry(3, 'three')]);
  m.addAll({4: 'four'});
  m.forEach((k, v) => print('$k=$v'));
  print(MapEntry('k', 1));
}
// expect: (MapEntry(1: one), MapEntry(2: two))
// expect: 1
// expect: {one: 1, two: 2}
// expect: 1=one
// expect: 2=two
// expect: 3=three
// expect: 4=four
// expect: MapEntry(k: 1)

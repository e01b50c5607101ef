// HashMap: unordered; with small int keys it iterates in bucket order, as the Dart VM does.
import 'dart:collection';

void main() {
  var m = HashMap<int, String>();
  for (var k in [5, 3, 1, 4]) {
    m[k] = 'v$k';
  }
  print(m);
  print(m.length);
  print(m[3]);
  print(m.remove(3));
  print(m.containsKey(3));
  print(m.keys.toList()..sort());
  print(m is Map);
  print(HashMap.from({2: 'b', 1: 'a'}));
}
// expect: {1: v1, 3: v3, 4: v4, 5: v5}
// expect: 4
// expect: v3
// expect: v3
// expect: false
// expect: [1, 4, 5]
// expect: true
// expect: {1: a, 2: b}

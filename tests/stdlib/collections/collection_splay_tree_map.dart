// SplayTreeMap keeps keys sorted; firstKey, lastKey, lastKeyBefore, firstKeyAfter.
import 'dart:collection';

void main() {
  var m = SplayTreeMap<int, String>();
  for (var k in [50, 10, 40, 20, 30]) {
    m[k] = 'v$k';
  }
  print(m);
  print(m.keys);
  print(m.firstKey());
  print(m.lastKey());
  print(m.lastKeyBefore(30));
  print(m.firstKeyAfter(30));
  print(m.firstKeyAfter(50));
  print(m.remove(40));
  print(m);
  print(m[20]);
  print(m.length);
}
// expect: {10: v10, 20: v20, 30: v30, 40: v40, 50: v50}
// expect: (10, 20, 30, 40, 50)
// expect: 10
// expect: 50
// expect: 20
// expect: 40
// expect: null
// expect: v40
// expect: {10: v10, 20: v20, 30: v30, 50: v50}
// expect: v20
// expect: 4

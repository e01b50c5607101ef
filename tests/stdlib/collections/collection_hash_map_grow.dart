// HashMap keeps every entry across table growth, and putIfAbsent and update work.
import 'dart:collection';

void main() {
  var m = HashMap<int, int>();
  for (var i = 0; i < 1000; i++) {
    m[i * 7] = i;
  }
  print(m.length);
  var sum = 0;
  m.forEach((k, v) => sum += v);
  print(sum);
  print(m[6993]);
  print(m.putIfAbsent(1, () => -1));
  print(m.update(0, (v) => v + 100));
  print(m.containsValue(999));
}
// expect: 1000
// expect: 499500
// expect: 999
// expect: -1
// expect: 100
// expect: true

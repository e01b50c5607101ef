// LinkedHashMap: the default Map, insertion-ordered; custom equals/hashCode and isValidKey.
import 'dart:collection';

void main() {
  print({} is LinkedHashMap);
  var m = LinkedHashMap<String, int>(
      equals: (a, b) => a.toLowerCase() == b.toLowerCase(),
      hashCode: (k) => k.toLowerCase().hashCode);
  m['Apple'] = 1;
  m['APPLE'] = 2;
  m['pear'] = 3;
  print(m);
  print(m['apple']);
  print(m.containsKey('PEAR'));
  var guarded = LinkedHashMap<Object, int>(isValidKey: (k) => k is String);
  guarded['a'] = 1;
  print(guarded[1]);
  print(LinkedHashMap.of({'z': 26, 'a': 1}));
}
// expect: true
// expect: {Apple: 2, pear: 3}
// expect: 2
// expect: true
// expect: null
// expect: {z: 26, a: 1}

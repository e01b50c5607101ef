// Checks that Object.hashCode is stable across collections and tells objects apart.
// flags: --gc-stress
// flags:
class Key {}

void main() {
  var keys = List.generate(200, (i) => Key());
  var hashes = keys.map((k) => k.hashCode).toList();
  var garbage = [];
  for (var i = 0; i < 2000; i++) {
    garbage.add([i, '$i']);
  }
  var same = true;
  for (var i = 0; i < keys.length; i++) {
    if (keys[i].hashCode != hashes[i] || identityHashCode(keys[i]) != hashes[i]) same = false;
  }
  print(same); // expect: true
  print(hashes.toSet().length > 190); // expect: true
  var map = <Key, int>{};
  for (var i = 0; i < keys.length; i++) {
    map[keys[i]] = i;
  }
  print(map[keys[123]]); // expect: 123
  print(map.length); // expect: 200
}

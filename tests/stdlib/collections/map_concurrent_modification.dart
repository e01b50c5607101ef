// Adding a key while iterating a map's keys throws ConcurrentModificationError.
void main() {
  var m = {1: 1, 2: 2};
  for (var k in m.keys) {
    m[k + 10] = k;
  }
}
// expect runtime error: Concurrent modification during iteration: _Map len:3.

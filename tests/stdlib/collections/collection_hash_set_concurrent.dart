// Adding to a HashSet while iterating it throws ConcurrentModificationError.
import 'dart:collection';

void main() {
  var s = HashSet<int>()..addAll([1, 2]);
  try {
    for (var x in s) {
      s.add(x + 10);
    }
  } on ConcurrentModificationError {
    print('caught');
  }
}
// expect: caught

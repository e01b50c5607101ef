// Checks ConcurrentModificationError when a list grows during a for-in loop over it.
void main() {
  var xs = [1, 2, 3];
  for (var x in xs) {
    print(x); // expect: 1
    xs.add(x);
  } // expect runtime error: Concurrent modification during iteration
}

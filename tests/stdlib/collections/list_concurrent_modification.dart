// Adding to a list while iterating it throws ConcurrentModificationError.
void main() {
  var list = [1, 2, 3];
  for (var x in list) {
    list.add(x);
  }
}
// expect runtime error: Concurrent modification during iteration: Instance(length:4) of '_GrowableList'.

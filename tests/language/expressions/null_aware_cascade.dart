// Checks ?.. which skips the whole cascade on null and runs it on a non-null receiver.
StringBuffer? make(bool b) => b ? StringBuffer() : null;

void main() {
  var none = make(false)
    ?..write('x')
    ..write('y');
  print(none); // expect: null
  var some = make(true)
    ?..write('x')
    ..write('y');
  print(some); // expect: xy
}

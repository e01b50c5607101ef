// Checks that finally runs when break or continue leaves the try block.
void main() {
  for (var i = 0; i < 3; i++) {
    try {
      if (i == 0) continue;
      if (i == 2) break;
      print('body $i');
    } finally {
      print('finally $i');
    }
  }
  // expect: finally 0
  // expect: body 1
  // expect: finally 1
  // expect: finally 2
  print('done'); // expect: done
}

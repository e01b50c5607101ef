// Checks `continue label` that jumps to another labelled case of the same switch.
void run(int start) {
  switch (start) {
    case 0:
      print('zero');
      continue two;
    case 1:
      print('one');
    two:
    case 2:
      print('two');
  }
}

void main() {
  run(0);
  // expect: zero
  // expect: two
  run(1); // expect: one
  run(2); // expect: two
}

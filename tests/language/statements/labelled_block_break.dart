// Checks break out of a labelled block statement (not a loop).
void main() {
  block:
  {
    print('in block'); // expect: in block
    if (1 < 2) break block;
    print('not reached');
  }
  print('after block'); // expect: after block
}

void describe(int n) {
  switch (n) {
    case 0:
      print('zero');
    case 1:
    case 2:
      print('small');
    default:
      print('big');
  }
}

void main() {
  describe(1);
  switch ('b') {
    case 'a':
      print('a');
      break;
    case 'b':
      print('b');
  }
}

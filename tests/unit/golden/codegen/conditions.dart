void check(int a, int? b, bool flag) {
  if (a > 0 && b != null) {
    print('both');
  } else if (!flag || a == 3) {
    print('either');
  } else {
    print('neither');
  }
  var c = a < 0 ? 'neg' : 'pos';
  print(c);
}

void main() {
  check(1, null, true);
}

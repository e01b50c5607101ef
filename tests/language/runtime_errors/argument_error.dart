// Checks an uncaught ArgumentError thrown by user code.
int sqrtFloor(int n) {
  if (n < 0) throw ArgumentError('n must not be negative');
  var r = 0;
  while ((r + 1) * (r + 1) <= n) {
    r++;
  }
  return r;
}

void main() {
  print(sqrtFloor(17)); // expect: 4
  print(sqrtFloor(-4)); // expect runtime error: Invalid argument(s): n must not be negative
}

// Checks that a do-while body runs once before the condition is tested.
void main() {
  var count = 0;
  do {
    count++;
  } while (false);
  print(count); // expect: 1
  var n = 0;
  do {
    n += 2;
    if (n == 4) continue;
    print(n);
  } while (n < 8);
  // expect: 2
  // expect: 6
  // expect: 8
}

// Checks early returns from void functions, from loops and from nested blocks.
void early(bool stop) {
  print('start');
  if (stop) return;
  print('end');
}

int firstNegative(List<int> xs) {
  for (var x in xs) {
    if (x < 0) {
      return x;
    }
  }
  return 0;
}

void main() {
  early(true); // expect: start
  early(false);
  // expect: start
  // expect: end
  print(firstNegative([3, -2, -5])); // expect: -2
  print(firstNegative([1])); // expect: 0
}

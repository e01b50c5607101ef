// Checks local (nested) functions that read outer parameters and call each other.
int outer(int n) {
  int helper(int k) => k * n;
  int twice(int k) => helper(helper(k));
  return twice(1);
}

void main() {
  print(outer(3)); // expect: 9
  int fact(int k) => k <= 1 ? 1 : k * fact(k - 1);
  print(fact(5)); // expect: 120
}

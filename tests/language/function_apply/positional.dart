// Function.apply with positional arguments, optional ones taking their defaults.
int sum3(int a, int b, [int c = 100]) => a + b + c;

void main() {
  print(Function.apply(sum3, [1, 2]));
  print(Function.apply(sum3, [1, 2, 3]));
  print(Function.apply(() => "none", []));
  print(Function.apply(() => "null list", null));
  // expect: 103
  // expect: 6
  // expect: none
  // expect: null list
}

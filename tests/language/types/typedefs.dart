// Checks new-style and old-style typedefs for function types, and a typedef used with `is`.
typedef IntOp = int Function(int a, int b);
typedef int LegacyOp(int a, int b);
typedef Names = List<String>;

int add(int a, int b) => a + b;

int run(IntOp op, int a, int b) => op(a, b);

void main() {
  IntOp plus = add;
  LegacyOp minus = (a, b) => a - b;
  print(run(plus, 2, 3)); // expect: 5
  print(run(minus, 2, 3)); // expect: -1
  print(plus is IntOp); // expect: true
  print(minus is LegacyOp); // expect: true
  Names names = ['a', 'b'];
  print(names); // expect: [a, b]
}

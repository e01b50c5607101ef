class P {
  final int x;
  const P(this.x);
}

const origin = P(0);
const limit = 10;

void main() {
  const list = [1, 2, 3];
  print(list);
  print(origin);
  print(limit);
  print(identical(const P(1), const P(1)));
}

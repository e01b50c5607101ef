int f(int a, int b) => a * b + a - b;

void main() {
  var x = 3;
  var y = x + 1;
  y += x;
  x = x - 1;
  var d = 1.5 / y;
  print(f(x, y) % 7);
  print(d);
  print(-x + 100000);
}

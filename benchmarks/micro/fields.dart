// fields: reads and writes of an object's fields in a loop (9 reads and 4 writes per
// iteration). Measures instance field access by slot, with no calls in the loop.
// Twin of fields.lua: both print the same line.

class Particle {
  int x = 0;
  int y = 0;
  int vx;
  int vy;
  int sum = 0;

  Particle(this.vx, this.vy);
}

void main() {
  const int iterations = 10000000;
  final Particle p = Particle(1, 3);
  for (int i = 0; i < iterations; i++) {
    p.x = (p.x + p.vx) & 0xFFFFF;
    p.y = (p.y + p.vy) & 0xFFFFF;
    p.vx = (p.vx + p.y) & 0xFF;
    p.sum += p.x ^ p.y;
  }
  print('fields: x = ${p.x}, y = ${p.y}, vx = ${p.vx}, sum = ${p.sum}');
}

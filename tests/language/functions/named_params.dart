// Checks named parameters with defaults, in any order, and nullable named parameters.
String box({int width = 1, int height = 1, String? label}) => '${width}x$height ${label ?? '-'}';

void main() {
  print(box()); // expect: 1x1 -
  print(box(height: 3)); // expect: 1x3 -
  print(box(label: 'big', width: 5)); // expect: 5x1 big
  print(box(width: 2, height: 4, label: 'x')); // expect: 2x4 x
}

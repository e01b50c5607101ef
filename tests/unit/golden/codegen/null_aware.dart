class Node {
  Node? next;
  int value = 1;
}

void main() {
  Node? n = Node();
  print(n?.next?.value);
  print(n?.value ?? 0);
  n?.next ??= Node();
  n!.value++;
  int? x;
  x ??= 4;
  print(x);
}

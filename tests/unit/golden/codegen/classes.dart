class Counter {
  int count = 0;
  final String name;

  Counter(this.name);

  int get doubled => count * 2;
  set value(int v) {
    count = v;
  }

  void increment() {
    count++;
  }

  String toString() => '$name: $count';
}

void main() {
  var c = Counter('c');
  c.increment();
  c.value = 5;
  print(c.doubled);
  print(c);
}

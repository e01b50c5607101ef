// Checks instance methods, implicit and explicit this, and methods calling methods.
class Counter {
  int count = 0;
  void increment() {
    count++;
  }

  void add(int count) {
    this.count += count;
  }

  int twiceThenGet() {
    increment();
    this.increment();
    return count;
  }
}

void main() {
  var c = Counter();
  c.increment();
  c.add(10);
  print(c.count); // expect: 11
  print(c.twiceThenGet()); // expect: 13
}

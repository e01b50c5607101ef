// Checks that closures capture variables, not values: writes are seen both ways.
void main() {
  var count = 0;
  void inc() => count++;
  int read() => count;
  inc();
  inc();
  print(count); // expect: 2
  count = 10;
  inc();
  print(read()); // expect: 11
  var message = 'before';
  var show = () => message;
  message = 'after';
  print(show()); // expect: after
}

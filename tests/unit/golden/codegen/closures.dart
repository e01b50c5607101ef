Function makeCounter() {
  var count = 0;
  return () {
    count++;
    return count;
  };
}

void main() {
  var counter = makeCounter();
  counter();
  print(counter());
  var base = 10;
  var add = (int x) => x + base;
  print(add(5));
  var fns = [];
  for (var i = 0; i < 3; i++) {
    fns.add(() => i);
  }
}

// Checks List.contains, indexOf (first match, -1 when absent) and lastIndexOf.
void main() {
  var xs = [5, 3, 5, 7];
  print(xs.contains(3)); // expect: true
  print(xs.contains(4)); // expect: false
  print(xs.indexOf(5)); // expect: 0
  print(xs.indexOf(5, 1)); // expect: 2
  print(xs.indexOf(9)); // expect: -1
  print(xs.lastIndexOf(5)); // expect: 2
  print(['a', 'b'].contains('b')); // expect: true
}

// Checks that closures made in a while loop share the one outer variable they capture.
void main() {
  var fns = <int Function()>[];
  var i = 0;
  while (i < 3) {
    fns.add(() => i);
    i++;
  }
  print(fns.map((f) => f()).toList()); // expect: [3, 3, 3]
  var inner = <int Function()>[];
  var j = 0;
  while (j < 3) {
    var copy = j;
    inner.add(() => copy);
    j++;
  }
  print(inner.map((f) => f()).toList()); // expect: [0, 1, 2]
}

// Checks that a per-iteration loop variable changed in the body after capture is seen.
void main() {
  var fns = <int Function()>[];
  for (var i = 0; i < 6; i++) {
    fns.add(() => i);
    i++;
  }
  print(fns.map((f) => f()).toList()); // expect: [1, 3, 5]
}

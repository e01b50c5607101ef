// Checks that a closure made in a C-style for loop captures that iteration's variable.
void main() {
  var fns = <int Function()>[];
  for (var i = 0; i < 3; i++) {
    fns.add(() => i);
  }
  for (var f in fns) {
    print(f());
  }
  // expect: 0
  // expect: 1
  // expect: 2
}

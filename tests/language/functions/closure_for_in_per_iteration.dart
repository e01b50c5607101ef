// Checks that closures made in a for-in loop each capture their own element.
void main() {
  var fns = <String Function()>[];
  for (var word in ['a', 'b', 'c']) {
    fns.add(() => word * 2);
  }
  print(fns.map((f) => f()).join(' ')); // expect: aa bb cc
}

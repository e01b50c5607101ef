// Invocation.memberName compares equal to a symbol literal.
class Dispatcher {
  @override
  dynamic noSuchMethod(Invocation i) {
    if (i.memberName == #add) {
      return i.positionalArguments[0] + i.positionalArguments[1];
    }
    if (i.memberName == #neg && i.isGetter) return -1;
    return super.noSuchMethod(i);
  }
}

void main() {
  dynamic d = Dispatcher();
  print(d.add(2, 3));
  print(d.neg);
  // expect: 5
  // expect: -1
}

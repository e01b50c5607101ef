// A class overriding noSuchMethod receives calls of missing methods with their arguments.
class Recorder {
  @override
  dynamic noSuchMethod(Invocation invocation) {
    print(invocation.memberName);
    print(invocation.positionalArguments);
    print(invocation.namedArguments);
    print(invocation.isMethod);
    return "recorded";
  }
}

void main() {
  dynamic r = Recorder();
  print(r.save(1, "two", flag: true));
  // expect: Symbol("save")
  // expect: [1, two]
  // expect: {Symbol("flag"): true}
  // expect: true
  // expect: recorded
}

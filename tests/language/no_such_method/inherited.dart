// A subclass inherits noSuchMethod; its own members are still called normally.
class Base {
  @override
  dynamic noSuchMethod(Invocation i) => "nsm:${i.memberName}";
}

class Sub extends Base {
  String real() => "real";
}

void main() {
  dynamic s = Sub();
  print(s.real());
  print(s.fake());
  print(s.toString());
  // expect: real
  // expect: nsm:Symbol("fake")
  // expect: Instance of 'Sub'
}

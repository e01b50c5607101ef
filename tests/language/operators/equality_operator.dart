// Checks a user-defined == operator, != as its negation, and that == null is never called.
class Id {
  final String v;
  Id(this.v);
  @override
  bool operator ==(Object other) {
    print('== called');
    return other is Id && other.v == v;
  }

  @override
  int get hashCode => v.hashCode;
}

void main() {
  var a = Id('x');
  print(a == Id('x'));
  // expect: == called
  // expect: true
  print(a != Id('y'));
  // expect: == called
  // expect: true
  Id? nothing;
  print(a == nothing); // expect: false
  print(nothing == a); // expect: false
}

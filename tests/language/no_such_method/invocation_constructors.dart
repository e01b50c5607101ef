// Invocation.method/getter/setter build invocations that noSuchMethod can forward.
void main() {
  var m = Invocation.method(#f, [1, 2], {#k: 3});
  print("${m.memberName} ${m.positionalArguments} ${m.namedArguments} ${m.isMethod}");
  var g = Invocation.getter(#g);
  print("${g.isGetter} ${g.isAccessor} ${g.positionalArguments}");
  var s = Invocation.setter(#s, 9);
  print("${s.isSetter} ${s.positionalArguments}");
  // expect: Symbol("f") [1, 2] {Symbol("k"): 3} true
  // expect: true true []
  // expect: true [9]
}

// NoSuchMethodError.withInvocation: the full text for the Invocation of a failed call (passed on
// by noSuchMethod), the Dart VM's short text for an Invocation the program built.
class Proxy {
  @override
  dynamic noSuchMethod(Invocation invocation) {
    throw NoSuchMethodError.withInvocation(this, invocation);
  }
}
void main() {
  try { (Object() as dynamic).foo(1, 'a'); } catch (e) { print(e); }
  try { throw NoSuchMethodError.withInvocation(Object(), Invocation.method(#foo, [1], {#k: 2})); } catch (e) { print(e); }
  try { throw NoSuchMethodError.withInvocation(Object(), Invocation.getter(#bar)); } catch (e) { print(e); }
  try { (Proxy() as dynamic).go(3, x: 'y'); } catch (e) { print(e); }
  try { (Proxy() as dynamic).val = 3; } catch (e) { print(e); }
  try { (null as dynamic).foo(); } catch (e) { print(e); }
}
// expect: NoSuchMethodError: Class 'Object' has no instance method 'foo'.
// expect: Receiver: Instance of 'Object'
// expect: Tried calling: foo(1, "a")
// expect: NoSuchMethodError: Object has no foo method accepting arguments (_, {k: _})
// expect: NoSuchMethodError: Object has no bar getter
// expect: NoSuchMethodError: Class 'Proxy' has no instance method 'go'.
// expect: Receiver: Instance of 'Proxy'
// expect: Tried calling: go(3, x: "y")
// expect: NoSuchMethodError: Class 'Proxy' has no instance setter 'val='.
// expect: Receiver: Instance of 'Proxy'
// expect: Tried calling: val=3
// expect: NoSuchMethodError: The method 'foo' was called on null.
// expect: Receiver: null
// expect: Tried calling: foo()

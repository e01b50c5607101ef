// The errors the VM throws have the runtimeType the Dart VM shows: _TypeError for failed casts
// and null checks, _AssertionError for a failed assert, _LateInitializationError.
// flags: --enable-asserts
late int unset;

void main() {
  Object? nothing;
  for (final fail in <void Function()>[
    () => nothing!,
    () => ('x' as dynamic) as int,
    () => unset,
    () {
      assert(nothing != null);
    },
  ]) {
    try {
      fail();
    } catch (e) {
      print(e.runtimeType);
    }
  }
  // expect: _TypeError
  // expect: _TypeError
  // expect: _LateInitializationError
  // expect: _AssertionError
  try {
    ('x' as dynamic) as int;
  } on TypeError catch (e) {
    print(e is Error);
  }
  // expect: true
  print(TypeError().runtimeType);
  // expect: TypeError
}

// Checks ?? and ??= on locals, fields, statics and map entries; ??= evaluates lazily.
class C {
  int? f;
  static String? s;
}

int make(int v) {
  print('make $v');
  return v;
}

void main() {
  int? a;
  print(a ?? 10); // expect: 10
  a ??= make(1); // expect: make 1
  a ??= make(2);
  print(a); // expect: 1
  print(a ?? make(3)); // expect: 1
  var c = C();
  c.f ??= 4;
  c.f ??= 5;
  print(c.f); // expect: 4
  C.s ??= 'static';
  print(C.s); // expect: static
  var m = <String, int>{};
  m['k'] ??= 1;
  m['k'] ??= 2;
  print(m); // expect: {k: 1}
  print(m['k'] ??= 3); // expect: 1
}

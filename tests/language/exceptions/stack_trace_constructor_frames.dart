// Stack traces name constructor frames as the Dart VM does: "new C", "new C.named", and
// factories too.
class P {
  P() {
    throw 'boom';
  }
  P.named() : this();
  factory P.make() => P.named();
}

void main() {
  try {
    P.make();
  } catch (e, st) {
    for (final frame in st.toString().split('\n').take(4)) {
      print(frame.substring(0, frame.indexOf(' (')));
    }
  }
  // expect: #0      new P
  // expect: #1      new P.named
  // expect: #2      new P.make
  // expect: #3      main
}

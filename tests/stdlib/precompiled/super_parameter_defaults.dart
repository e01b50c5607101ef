// A class of the program extends precompiled dart: classes and passes super parameters: the
// defaults of their constructors (declared in the snapshot) still apply.
class Oops extends FormatException {
  Oops([super.message, super.source, super.offset]);
}

class Late extends ArgumentError {
  Late(super.message, [super.name]);
}

void main() {
  var o = Oops();
  print('[${o.message}] ${o.source} ${o.offset}');
  print(Oops('bad', 'text', 2).offset);
  var l = Late('no');
  print('${l.message} ${l.name}');
  print(Late('no', 'x'));
}
// expect: [] null null
// expect: 2
// expect: no null
// expect: Invalid argument(s) (x): no

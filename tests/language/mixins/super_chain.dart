// Each mixin's super call goes to the previous mixin in the with clause, then the superclass.
class Base {
  String log() => "Base";
}

mixin A on Base {
  String log() => "A>" + super.log();
}

mixin B on Base {
  String log() => "B>" + super.log();
}

class C extends Base with A, B {
  String log() => "C>" + super.log();
}

void main() {
  print(C().log());
  // expect: C>B>A>Base
}

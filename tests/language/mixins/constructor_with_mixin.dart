// Constructors of a class with mixins: field initializers of the mixin run, super args pass.
class Base {
  final String tag;
  Base(this.tag) {
    print("Base($tag)");
  }
}

mixin Stamp on Base {
  int stamp = 7;
}

class Thing extends Base with Stamp {
  final int n;
  Thing(this.n) : super("thing") {
    print("Thing($n) stamp=$stamp");
  }
}

void main() {
  var t = Thing(3);
  print("${t.tag} ${t.n} ${t.stamp}");
  // expect: Base(thing)
  // expect: Thing(3) stamp=7
  // expect: thing 3 7
}

// A mixin application class `class C = B with M;` takes B's constructors.
class Base {
  final int value;
  Base(this.value);
  Base.twice(int v) : value = v * 2;
}

mixin Show {
  String show() => "value=${(this as Base).value}";
}

class Shown = Base with Show;

void main() {
  print(Shown(3).show());
  print(Shown.twice(4).show());
  print(Shown(1) is Base);
  print(Shown(1) is Show);
  // expect: value=3
  // expect: value=8
  // expect: true
  // expect: true
}

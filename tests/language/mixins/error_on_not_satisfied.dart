// A mixin `on A` applied to a class that doesn't implement A is a compile error.
class A {}

mixin M on A {}

class C with M {} // expect error: 'Object' doesn't implement 'A' so it can't be used with 'M'.

void main() {
  print(C());
}

// In Dart 3 a plain class can't be used as a mixin.
class Plain {}

class C with Plain {} // expect error: The class 'Plain' can't be used as a mixin because it isn't a mixin class nor a mixin.

void main() {
  print(C());
}

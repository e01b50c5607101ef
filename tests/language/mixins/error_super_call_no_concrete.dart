// A mixin that super-calls a member its `on` type declares abstractly cannot be applied to a
// superclass without a concrete one: Dart rejects the application.
abstract class Handler {
  String handle(String input);
}

mixin Upper on Handler {
  @override
  String handle(String input) => super.handle(input).toUpperCase();
}

class Bad extends Handler with Upper {} // expect error: The class doesn't have a concrete implementation of the super-invoked member 'handle'.

void main() {
  print(Bad().handle('x'));
}
